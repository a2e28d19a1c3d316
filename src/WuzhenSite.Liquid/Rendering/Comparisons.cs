using System.Collections;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// Equality, ordering and <c>contains</c> with Liquid's rules: numbers compare by value across .NET types
/// (1 == 1.0), strings ordinally, a string never equals a number, nil equals only nil, and values that cannot
/// be ordered make <c>&lt;</c> / <c>&gt;</c> false rather than failing the render.
/// </summary>
internal static class Comparisons
{
    /// <summary>Equality as used by uniq and contains, with hash codes consistent with <see cref="AreEqual"/>.</summary>
    public static readonly IEqualityComparer<object?> EqualityComparer = new LiquidEqualityComparer();

    public static bool AreEqual(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is SpecialValue leftSpecial)
        {
            return leftSpecial.Matches(right);
        }

        if (right is SpecialValue rightSpecial)
        {
            return rightSpecial.Matches(left);
        }

        if (left is null || right is null)
        {
            return false;
        }

        if (TryGetText(left, out var leftText))
        {
            return TryGetText(right, out var rightText)
                ? string.Equals(leftText, rightText, StringComparison.Ordinal)
                : right is Enum && string.Equals(leftText, right.ToString(), StringComparison.Ordinal);
        }

        if (LiquidNumber.TryFrom(left, out var leftNumber))
        {
            return LiquidNumber.TryFrom(right, out var rightNumber) && LiquidNumber.Compare(leftNumber, rightNumber) == 0;
        }

        if (left is bool leftBool)
        {
            return right is bool rightBool && leftBool == rightBool;
        }

        if (TryGetInstant(left, out var leftTicks))
        {
            return TryGetInstant(right, out var rightTicks) && leftTicks == rightTicks;
        }

        if (left is Enum && TryGetText(right, out var text))
        {
            // Enums print as their names, so comparing one with its name should hold.
            return string.Equals(left.ToString(), text, StringComparison.Ordinal);
        }

        if (left is IList leftList && right is IList rightList)
        {
            if (leftList.Count != rightList.Count)
            {
                return false;
            }

            for (var i = 0; i < leftList.Count; i++)
            {
                if (!AreEqual(leftList[i], rightList[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return left.Equals(right);
    }

    /// <summary>Orders numbers, strings (ordinal) and dates; false when the two cannot be ordered.</summary>
    public static bool TryCompare(object? left, object? right, out int order)
    {
        if (LiquidNumber.TryFrom(left, out var leftNumber) && LiquidNumber.TryFrom(right, out var rightNumber))
        {
            order = LiquidNumber.Compare(leftNumber, rightNumber);
            return true;
        }

        if (TryGetText(left, out var leftText) && TryGetText(right, out var rightText))
        {
            order = string.CompareOrdinal(leftText, rightText);
            return true;
        }

        if (TryGetInstant(left, out var leftTicks) && TryGetInstant(right, out var rightTicks))
        {
            order = leftTicks.CompareTo(rightTicks);
            return true;
        }

        order = 0;
        return false;
    }

    /// <summary><c>contains</c>: substring for strings, element for lists, key for dictionaries.</summary>
    public static bool Contains(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        if (TryGetText(left, out var text))
        {
            return text.Contains(ValueFormatter.ToText(right), StringComparison.Ordinal);
        }

        if (LiquidCollections.AsDictionary(left) is { } dictionary)
        {
            return dictionary.TryGetValue(left, ValueFormatter.ToText(right), out _);
        }

        if (left is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (AreEqual(list[i], right))
                {
                    return true;
                }
            }

            return false;
        }

        if (left is IEnumerable enumerable && LiquidCollections.IsList(left))
        {
            foreach (var item in enumerable)
            {
                if (AreEqual(item, right))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool TryGetText(object? value, out string text)
    {
        switch (value)
        {
            case string s:
                text = s;
                return true;
            case LiquidHtml html:
                text = html.Html;
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>The instant a date stands for, in UTC ticks; unspecified DateTimes count as UTC so builds do not depend on the machine's zone.</summary>
    public static bool TryGetInstant(object? value, out long utcTicks)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                utcTicks = offset.UtcTicks;
                return true;
            case DateTime date:
                utcTicks = date.Kind == DateTimeKind.Local ? date.ToUniversalTime().Ticks : date.Ticks;
                return true;
            case DateOnly day:
                utcTicks = day.ToDateTime(TimeOnly.MinValue).Ticks;
                return true;
            default:
                utcTicks = 0;
                return false;
        }
    }

    private sealed class LiquidEqualityComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => AreEqual(x, y);

        public int GetHashCode(object? value)
        {
            if (value is null)
            {
                return 0;
            }

            if (TryGetText(value, out var text))
            {
                return StringComparer.Ordinal.GetHashCode(text);
            }

            if (value is Enum)
            {
                return StringComparer.Ordinal.GetHashCode(value.ToString()!);
            }

            if (LiquidNumber.TryFrom(value, out var number))
            {
                // 1, 1L, 1.0 and 1m are equal, so they must hash alike.
                return number.AsDouble.GetHashCode();
            }

            if (TryGetInstant(value, out var ticks))
            {
                return ticks.GetHashCode();
            }

            return value is IList list ? list.Count : value.GetHashCode();
        }
    }
}
