using System.Collections;
using System.Globalization;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// Resolves <c>a.b</c> and <c>a[i]</c> on any value. The common shapes (Dictionary&lt;string, object?&gt;,
/// strings, lists) are checked inline; everything else goes through a cached <see cref="TypeShape"/>.
/// Missing members are null (Liquid's lax variables), never errors.
/// </summary>
internal static class MemberAccessor
{
    public static object? GetMember(object? target, string name)
    {
        switch (target)
        {
            case null:
                return null;
            case Dictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var value) ? value
                    : name == "size" ? BoxCache.Int(dictionary.Count)
                    : null;
            case string text:
                return name == "size" ? BoxCache.Int(text.Length) : null;
            case LiquidHtml html:
                return name == "size" ? BoxCache.Int(html.Html.Length) : null;
            case IList list:
                // Arrays and lists have no other members worth reading (Count/Length are reachable as size).
                return name switch
                {
                    "size" => BoxCache.Int(list.Count),
                    "first" => list.Count > 0 ? list[0] : null,
                    "last" => list.Count > 0 ? list[^1] : null,
                    _ => TypeShape.Of(list).GetMember(list, name),
                };
            case IMemberSource source:
                return source.TryGetMember(name, out var member) ? member : null;
            default:
                return TypeShape.Of(target).GetMember(target, name);
        }
    }

    /// <summary><c>a[index]</c>: integer indexes lists (negative counts from the end) and strings; anything else is a member name.</summary>
    public static object? GetIndex(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        if (LiquidNumber.TryFrom(index, out var number))
        {
            if (target is string or LiquidHtml)
            {
                var text = target.ToString()!;
                var position = Normalize(number.AsInteger, text.Length);
                return position < 0 ? null : text[position].ToString();
            }

            if (LiquidCollections.AsDictionary(target) is null && LiquidCollections.AsList(target) is { } list)
            {
                var position = Normalize(number.AsInteger, list.Count);
                return position < 0 ? null : list[position];
            }

            // Dictionaries with numeric-looking keys ("2024": …) are reached by the key's text.
            return GetMember(target, ValueFormatter.ToText(index));
        }

        return index switch
        {
            string name => GetMember(target, name),
            LiquidHtml html => GetMember(target, html.Html),
            _ => GetMember(target, Convert.ToString(index, CultureInfo.InvariantCulture) ?? string.Empty),
        };
    }

    private static int Normalize(long index, int count)
    {
        if (index < 0)
        {
            index += count;
        }

        return index >= 0 && index < count ? (int)index : -1;
    }
}
