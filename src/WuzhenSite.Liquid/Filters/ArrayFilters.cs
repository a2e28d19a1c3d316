using System.Collections;
using System.Text;
using WuzhenSite.Liquid.Rendering;
using static WuzhenSite.Liquid.Filters.FilterArguments;
using static WuzhenSite.Liquid.Filters.SafeText;

namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// List filters. As in Liquid, a filter that expects a list treats nil as [] and any single value as a
/// one-item list, and flattens nested lists. Results are new lists; inputs are never modified.
/// </summary>
internal static class ArrayFilters
{
    public static object? Size(object? input, ReadOnlySpan<object?> arguments) => input switch
    {
        string text => BoxCache.Int(text.Length),
        LiquidHtml html => BoxCache.Int(html.Html.Length),
        ICollection collection => BoxCache.Int(collection.Count),
        IEnumerable enumerable => LiquidCollections.AsDictionary(input) is { } dictionary
            ? BoxCache.Int(dictionary.Count(input))
            : BoxCache.Int(LiquidCollections.Count(enumerable)),
        _ => BoxCache.Int(0),
    };

    public static object? First(object? input, ReadOnlySpan<object?> arguments) => input switch
    {
        string text => text.Length > 0 ? text[..1] : null,
        LiquidHtml html => html.Html.Length > 0 ? html.Html[..1] : null,
        IEnumerable enumerable when LiquidCollections.IsList(input) => LiquidCollections.First(enumerable),
        _ => null,
    };

    public static object? Last(object? input, ReadOnlySpan<object?> arguments) => input switch
    {
        string text => text.Length > 0 ? text[^1..] : null,
        LiquidHtml html => html.Html.Length > 0 ? html.Html[^1..] : null,
        IEnumerable enumerable when LiquidCollections.IsList(input) => LiquidCollections.Last(enumerable),
        _ => null,
    };

    /// <summary>Items joined with the separator (default " "). If any item is HTML, the rest and the separator are escaped into it.</summary>
    public static object? Join(object? input, ReadOnlySpan<object?> arguments)
    {
        var items = LiquidCollections.ToItems(input);
        var separator = At(arguments, 0) ?? " ";
        var html = false;
        foreach (var item in items)
        {
            html |= item is LiquidHtml;
        }

        var separatorText = html ? AsHtml(separator) : Text(separator);
        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separatorText);
            }

            builder.Append(html ? AsHtml(items[i]) : Text(items[i]));
        }

        return html ? new LiquidHtml(builder.ToString()) : builder.ToString();
    }

    public static object? Reverse(object? input, ReadOnlySpan<object?> arguments)
    {
        var items = LiquidCollections.ToItems(input);
        items.Reverse();
        return items;
    }

    /// <summary>Sorts by value, or by a property with <c>sort: "prop"</c>. Stable; nils last.</summary>
    public static object? Sort(object? input, ReadOnlySpan<object?> arguments) =>
        SortBy(input, At(arguments, 0), CompareValues);

    /// <summary>Like sort, but strings compare case-insensitively.</summary>
    public static object? SortNatural(object? input, ReadOnlySpan<object?> arguments) =>
        SortBy(input, At(arguments, 0), CompareNatural);

    public static object? Uniq(object? input, ReadOnlySpan<object?> arguments)
    {
        var items = LiquidCollections.ToItems(input);
        var property = At(arguments, 0);
        var seen = new HashSet<object?>(Comparisons.EqualityComparer);
        var result = new List<object?>(items.Count);
        foreach (var item in items)
        {
            if (seen.Add(property is null ? item : Property(item, property)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    public static object? Map(object? input, ReadOnlySpan<object?> arguments)
    {
        var items = LiquidCollections.ToItems(input);
        var property = arguments[0];
        var result = new List<object?>(items.Count);
        foreach (var item in items)
        {
            result.Add(Property(item, property));
        }

        return result;
    }

    /// <summary><c>where: "prop", value</c> keeps items whose property equals value; <c>where: "prop"</c> keeps those where it is truthy.</summary>
    public static object? Where(object? input, ReadOnlySpan<object?> arguments) => Filter(input, arguments, keep: true);

    /// <summary>The opposite of where.</summary>
    public static object? Reject(object? input, ReadOnlySpan<object?> arguments) => Filter(input, arguments, keep: false);

    /// <summary>Removes nil items, or with <c>compact: "prop"</c> items whose property is nil.</summary>
    public static object? Compact(object? input, ReadOnlySpan<object?> arguments)
    {
        var items = LiquidCollections.ToItems(input);
        var property = At(arguments, 0);
        var result = new List<object?>(items.Count);
        foreach (var item in items)
        {
            if ((property is null ? item : Property(item, property)) is not null)
            {
                result.Add(item);
            }
        }

        return result;
    }

    public static object? Concat(object? input, ReadOnlySpan<object?> arguments)
    {
        if (arguments[0] is not null && LiquidCollections.AsList(arguments[0]) is null)
        {
            throw new FilterError("the argument must be a list");
        }

        var result = LiquidCollections.ToItems(input);
        if (LiquidCollections.AsList(arguments[0]) is { } other)
        {
            foreach (var item in other)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>The sum of the items (or of a property); integers stay integers, non-numbers count as 0.</summary>
    public static object? Sum(object? input, ReadOnlySpan<object?> arguments)
    {
        var property = At(arguments, 0);
        var total = new LiquidNumber(0L);
        foreach (var item in LiquidCollections.ToItems(input))
        {
            total = LiquidNumber.Add(total, LiquidNumber.Coerce(property is null ? item : Property(item, property)));
        }

        return total.Box();
    }

    private static object? Property(object? item, object? property) =>
        property is null ? null : MemberAccessor.GetMember(item, Text(property));

    private static List<object?> Filter(object? input, ReadOnlySpan<object?> arguments, bool keep)
    {
        var items = LiquidCollections.ToItems(input);
        var property = arguments[0];
        var target = At(arguments, 1);
        var result = new List<object?>(items.Count);
        foreach (var item in items)
        {
            var value = Property(item, property);
            var matches = target is null ? Truthiness.IsTruthy(value) : Comparisons.AreEqual(value, target);
            if (matches == keep)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static List<object?> SortBy(object? input, object? property, Comparison<object?> compare)
    {
        var items = LiquidCollections.ToItems(input);
        var keys = new object?[items.Count];
        var order = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            keys[i] = property is null ? items[i] : Property(items[i], property);
            order[i] = i;
        }

        // Sorting indexes with the index as tie-breaker makes the sort stable (Array.Sort is not).
        Array.Sort(order, (a, b) =>
        {
            var result = compare(keys[a], keys[b]);
            return result != 0 ? result : a.CompareTo(b);
        });

        var sorted = new List<object?>(items.Count);
        foreach (var index in order)
        {
            sorted.Add(items[index]);
        }

        return sorted;
    }

    /// <summary>A total order for sorting: nils last, then numbers, strings and dates among themselves, mixed kinds by their text.</summary>
    private static int CompareValues(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        if (Comparisons.TryCompare(a, b, out var order))
        {
            return order;
        }

        var rank = Rank(a).CompareTo(Rank(b));
        return rank != 0 ? rank : string.CompareOrdinal(Text(a), Text(b));
    }

    private static int CompareNatural(object? a, object? b) =>
        Comparisons.TryGetText(a, out var left) && Comparisons.TryGetText(b, out var right)
            ? StringComparer.OrdinalIgnoreCase.Compare(left, right)
            : CompareValues(a, b);

    private static int Rank(object value) =>
        LiquidNumber.TryFrom(value, out _) ? 0 : Comparisons.TryGetText(value, out _) ? 1 : 2;
}
