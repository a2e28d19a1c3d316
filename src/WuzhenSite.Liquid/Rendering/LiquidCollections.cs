using System.Collections;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>What counts as a list in Liquid, and the list operations shared by member access, loops and filters.</summary>
internal static class LiquidCollections
{
    /// <summary>A string-keyed dictionary shape, or null for anything else.</summary>
    public static DictionaryShape? AsDictionary(object? value) =>
        value is null or string or LiquidHtml or IList ? null : TypeShape.Of(value) as DictionaryShape;

    /// <summary>Lists are enumerables other than strings and dictionaries.</summary>
    public static bool IsList(object? value) =>
        value is IList || (value is IEnumerable and not string && AsDictionary(value) is null);

    public static int Count(IEnumerable enumerable)
    {
        if (enumerable is ICollection collection)
        {
            return collection.Count;
        }

        var count = 0;
        var enumerator = enumerable.GetEnumerator();
        try
        {
            while (enumerator.MoveNext())
            {
                count++;
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }

        return count;
    }

    public static object? First(IEnumerable enumerable)
    {
        if (enumerable is IList list)
        {
            return list.Count > 0 ? list[0] : null;
        }

        foreach (var item in enumerable)
        {
            return item;
        }

        return null;
    }

    public static object? Last(IEnumerable enumerable)
    {
        if (enumerable is IList list)
        {
            return list.Count > 0 ? list[^1] : null;
        }

        object? last = null;
        foreach (var item in enumerable)
        {
            last = item;
        }

        return last;
    }

    /// <summary>
    /// A list view of a list value: IList as is, other enumerables copied; null for strings, dictionaries and scalars.
    /// </summary>
    public static IList? AsList(object? value)
    {
        if (value is IList list)
        {
            return list;
        }

        if (!IsList(value))
        {
            return null;
        }

        var copy = new List<object?>();
        foreach (var item in (IEnumerable)value!)
        {
            copy.Add(item);
        }

        return copy;
    }

    /// <summary>
    /// The items array filters work on (Liquid's InputIterator): nested lists flattened, nil → [],
    /// any other single value (string, dictionary, number) → [value].
    /// </summary>
    public static List<object?> ToItems(object? value)
    {
        var items = new List<object?>();
        if (value is null)
        {
            return items;
        }

        if (IsList(value))
        {
            Flatten((IEnumerable)value, items, 0);
        }
        else
        {
            items.Add(value);
        }

        return items;
    }

    private static void Flatten(IEnumerable source, List<object?> items, int depth)
    {
        foreach (var item in source)
        {
            if (depth < 32 && item is not null && IsList(item))
            {
                Flatten((IEnumerable)item, items, depth + 1);
            }
            else
            {
                items.Add(item);
            }
        }
    }
}
