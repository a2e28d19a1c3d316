using System.Globalization;
using WuzhenSite.Liquid.Filters;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// A number from any .NET numeric type, normalized to long, decimal or double so filters and comparisons
/// need one code path. Integer arithmetic stays integer (as in Liquid); decimals stay exact; doubles win.
/// </summary>
internal readonly struct LiquidNumber
{
    private readonly long _integer;
    private readonly decimal _decimal;
    private readonly double _float;

    public LiquidNumber(long value)
    {
        Kind = NumberKind.Integer;
        _integer = value;
    }

    public LiquidNumber(decimal value)
    {
        Kind = NumberKind.Decimal;
        _decimal = value;
    }

    public LiquidNumber(double value)
    {
        Kind = NumberKind.Float;
        _float = value;
    }

    public NumberKind Kind { get; }

    public long AsInteger => Kind switch
    {
        NumberKind.Integer => _integer,
        NumberKind.Decimal => (long)decimal.Truncate(_decimal),
        _ => double.IsFinite(_float) ? (long)Math.Clamp(Math.Truncate(_float), long.MinValue, long.MaxValue) : 0,
    };

    public double AsDouble => Kind switch
    {
        NumberKind.Integer => _integer,
        NumberKind.Decimal => (double)_decimal,
        _ => _float,
    };

    public decimal AsDecimal => Kind == NumberKind.Integer ? _integer : _decimal;

    public bool IsZero => Kind switch
    {
        NumberKind.Integer => _integer == 0,
        NumberKind.Decimal => _decimal == 0,
        _ => _float == 0,
    };

    public bool IsNegative => Kind switch
    {
        NumberKind.Integer => _integer < 0,
        NumberKind.Decimal => _decimal < 0,
        _ => _float < 0,
    };

    /// <summary>Numbers only: .NET numeric types. Strings are not numbers in comparisons (as in Liquid).</summary>
    public static bool TryFrom(object? value, out LiquidNumber number)
    {
        switch (value)
        {
            case int i: number = new LiquidNumber(i); return true;
            case long l: number = new LiquidNumber(l); return true;
            case double d: number = new LiquidNumber(d); return true;
            case decimal m: number = new LiquidNumber(m); return true;
            // Via decimal so 1.1f reads as 1.1, not 1.100000023841858.
            case float f: number = float.IsFinite(f) && Math.Abs(f) < 1e27f ? new LiquidNumber((double)(decimal)f) : new LiquidNumber((double)f); return true;
            case short s: number = new LiquidNumber(s); return true;
            case byte b: number = new LiquidNumber(b); return true;
            case sbyte sb: number = new LiquidNumber(sb); return true;
            case ushort us: number = new LiquidNumber(us); return true;
            case uint ui: number = new LiquidNumber(ui); return true;
            case ulong ul: number = ul <= long.MaxValue ? new LiquidNumber((long)ul) : new LiquidNumber((decimal)ul); return true;
            case Half h: number = new LiquidNumber((double)h); return true;
            default: number = default; return false;
        }
    }

    /// <summary>
    /// Filter coercion (Liquid's to_number): numbers as they are, numeric strings parsed, a leading integer
    /// taken from other strings ("12px" → 12), everything else 0.
    /// </summary>
    public static LiquidNumber Coerce(object? value)
    {
        if (TryFrom(value, out var number))
        {
            return number;
        }

        var text = value switch
        {
            string s => s,
            LiquidHtml h => h.Html,
            _ => null,
        };

        return text is null ? new LiquidNumber(0) : Parse(text.AsSpan().Trim());
    }

    private static LiquidNumber Parse(ReadOnlySpan<char> text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new LiquidNumber(integer);
        }

        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real))
        {
            return new LiquidNumber(real);
        }

        // Like Ruby's to_i: the leading integer, if any.
        var length = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var digitsStart = length;
        while (length < text.Length && char.IsAsciiDigit(text[length]))
        {
            length++;
        }

        return length > digitsStart && long.TryParse(text[..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer)
            ? new LiquidNumber(integer)
            : new LiquidNumber(0);
    }

    public object Box() => Kind switch
    {
        NumberKind.Integer => BoxCache.Integer(_integer),
        NumberKind.Decimal => _decimal,
        _ => _float,
    };

    private static NumberKind Promote(LiquidNumber a, LiquidNumber b) =>
        a.Kind == NumberKind.Float || b.Kind == NumberKind.Float ? NumberKind.Float
        : a.Kind == NumberKind.Decimal || b.Kind == NumberKind.Decimal ? NumberKind.Decimal
        : NumberKind.Integer;

    public static LiquidNumber Add(LiquidNumber a, LiquidNumber b)
    {
        switch (Promote(a, b))
        {
            case NumberKind.Integer:
                var sum = a._integer + b._integer;
                // Overflow (signs of both inputs differ from the result's) degrades to double rather than wrapping.
                return ((a._integer ^ sum) & (b._integer ^ sum)) < 0 ? new LiquidNumber((double)a._integer + b._integer) : new LiquidNumber(sum);
            case NumberKind.Decimal:
                return DecimalOr(() => a.AsDecimal + b.AsDecimal, a.AsDouble + b.AsDouble);
            default:
                return new LiquidNumber(a.AsDouble + b.AsDouble);
        }
    }

    public static LiquidNumber Subtract(LiquidNumber a, LiquidNumber b)
    {
        switch (Promote(a, b))
        {
            case NumberKind.Integer:
                var difference = a._integer - b._integer;
                return ((a._integer ^ b._integer) & (a._integer ^ difference)) < 0
                    ? new LiquidNumber((double)a._integer - b._integer)
                    : new LiquidNumber(difference);
            case NumberKind.Decimal:
                return DecimalOr(() => a.AsDecimal - b.AsDecimal, a.AsDouble - b.AsDouble);
            default:
                return new LiquidNumber(a.AsDouble - b.AsDouble);
        }
    }

    public static LiquidNumber Multiply(LiquidNumber a, LiquidNumber b)
    {
        switch (Promote(a, b))
        {
            case NumberKind.Integer:
                var high = Math.BigMul(a._integer, b._integer, out var low);
                return (high == 0 && low >= 0) || (high == -1 && low < 0)
                    ? new LiquidNumber(low)
                    : new LiquidNumber((double)a._integer * b._integer);
            case NumberKind.Decimal:
                return DecimalOr(() => a.AsDecimal * b.AsDecimal, a.AsDouble * b.AsDouble);
            default:
                return new LiquidNumber(a.AsDouble * b.AsDouble);
        }
    }

    /// <summary>Integer division floors (Ruby semantics: -7 / 2 = -4). Integer or decimal division by zero is an error; float gives ∞.</summary>
    public static LiquidNumber Divide(LiquidNumber a, LiquidNumber b)
    {
        switch (Promote(a, b))
        {
            case NumberKind.Integer:
                if (b._integer == 0)
                {
                    throw new FilterError("divided by 0");
                }

                if (a._integer == long.MinValue && b._integer == -1)
                {
                    return new LiquidNumber(-(double)long.MinValue);
                }

                var quotient = Math.DivRem(a._integer, b._integer, out var remainder);
                return new LiquidNumber(remainder != 0 && (remainder < 0) != (b._integer < 0) ? quotient - 1 : quotient);
            case NumberKind.Decimal:
                if (b.IsZero)
                {
                    throw new FilterError("divided by 0");
                }

                return DecimalOr(() => a.AsDecimal / b.AsDecimal, a.AsDouble / b.AsDouble);
            default:
                return new LiquidNumber(a.AsDouble / b.AsDouble);
        }
    }

    /// <summary>Modulo takes the sign of the divisor (Ruby semantics: -7 % 3 = 2).</summary>
    public static LiquidNumber Modulo(LiquidNumber a, LiquidNumber b)
    {
        switch (Promote(a, b))
        {
            case NumberKind.Integer:
                if (b._integer == 0)
                {
                    throw new FilterError("divided by 0");
                }

                if (b._integer == -1)
                {
                    return new LiquidNumber(0L);
                }

                var r = a._integer % b._integer;
                return new LiquidNumber(r != 0 && (r < 0) != (b._integer < 0) ? r + b._integer : r);
            case NumberKind.Decimal:
                if (b.IsZero)
                {
                    throw new FilterError("divided by 0");
                }

                var m = a.AsDecimal % b.AsDecimal;
                return new LiquidNumber(m != 0 && (m < 0) != (b.AsDecimal < 0) ? m + b.AsDecimal : m);
            default:
                var divisor = b.AsDouble;
                var f = a.AsDouble % divisor;
                return new LiquidNumber(f != 0 && (f < 0) != (divisor < 0) ? f + divisor : f);
        }
    }

    public static int Compare(LiquidNumber a, LiquidNumber b) => Promote(a, b) switch
    {
        NumberKind.Integer => a._integer.CompareTo(b._integer),
        NumberKind.Decimal => a.AsDecimal.CompareTo(b.AsDecimal),
        _ => a.AsDouble.CompareTo(b.AsDouble),
    };

    public LiquidNumber Negate() => Kind switch
    {
        NumberKind.Integer => _integer == long.MinValue ? new LiquidNumber(-(double)_integer) : new LiquidNumber(-_integer),
        NumberKind.Decimal => new LiquidNumber(-_decimal),
        _ => new LiquidNumber(-_float),
    };

    private static LiquidNumber DecimalOr(Func<decimal> exact, double approximate)
    {
        try
        {
            return new LiquidNumber(exact());
        }
        catch (OverflowException)
        {
            return new LiquidNumber(approximate);
        }
    }
}
