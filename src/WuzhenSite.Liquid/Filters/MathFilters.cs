using WuzhenSite.Liquid.Rendering;
using static WuzhenSite.Liquid.Filters.FilterArguments;

namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// Arithmetic. Inputs and arguments are coerced to numbers (numeric strings parsed, others 0); integer
/// operations give integers (10 | divided_by: 4 is 2, floored), any float makes the result a float.
/// </summary>
internal static class MathFilters
{
    public static object? Plus(object? input, ReadOnlySpan<object?> arguments) =>
        LiquidNumber.Add(LiquidNumber.Coerce(input), LiquidNumber.Coerce(arguments[0])).Box();

    public static object? Minus(object? input, ReadOnlySpan<object?> arguments) =>
        LiquidNumber.Subtract(LiquidNumber.Coerce(input), LiquidNumber.Coerce(arguments[0])).Box();

    public static object? Times(object? input, ReadOnlySpan<object?> arguments) =>
        LiquidNumber.Multiply(LiquidNumber.Coerce(input), LiquidNumber.Coerce(arguments[0])).Box();

    public static object? DividedBy(object? input, ReadOnlySpan<object?> arguments) =>
        LiquidNumber.Divide(LiquidNumber.Coerce(input), LiquidNumber.Coerce(arguments[0])).Box();

    public static object? Modulo(object? input, ReadOnlySpan<object?> arguments) =>
        LiquidNumber.Modulo(LiquidNumber.Coerce(input), LiquidNumber.Coerce(arguments[0])).Box();

    public static object? Abs(object? input, ReadOnlySpan<object?> arguments)
    {
        var number = LiquidNumber.Coerce(input);
        return (number.IsNegative ? number.Negate() : number).Box();
    }

    public static object? Ceil(object? input, ReadOnlySpan<object?> arguments) => ToInteger(LiquidNumber.Coerce(input), Math.Ceiling, Math.Ceiling);

    public static object? Floor(object? input, ReadOnlySpan<object?> arguments) => ToInteger(LiquidNumber.Coerce(input), Math.Floor, Math.Floor);

    /// <summary>Rounds half away from zero (Ruby's rule); to an integer without digits, to a float with them.</summary>
    public static object? Round(object? input, ReadOnlySpan<object?> arguments)
    {
        var number = LiquidNumber.Coerce(input);
        var digits = Int(arguments, 0, 0);
        if (number.Kind == NumberKind.Integer)
        {
            if (digits >= 0)
            {
                return number.Box();
            }

            // 1234 | round: -2 → 1200
            var scale = Math.Pow(10, -digits);
            return ToInteger(new LiquidNumber(Math.Round(number.AsInteger / scale, MidpointRounding.AwayFromZero) * scale), Math.Round, Math.Round);
        }

        if (digits <= 0)
        {
            return ToInteger(number, d => Math.Round(d, MidpointRounding.AwayFromZero), m => Math.Round(m, MidpointRounding.AwayFromZero));
        }

        return number.Kind == NumberKind.Decimal
            ? Math.Round(number.AsDecimal, Math.Min(digits, 28), MidpointRounding.AwayFromZero)
            : Math.Round(number.AsDouble, Math.Min(digits, 15), MidpointRounding.AwayFromZero);
    }

    public static object? AtLeast(object? input, ReadOnlySpan<object?> arguments)
    {
        var value = LiquidNumber.Coerce(input);
        var bound = LiquidNumber.Coerce(arguments[0]);
        return (LiquidNumber.Compare(value, bound) < 0 ? bound : value).Box();
    }

    public static object? AtMost(object? input, ReadOnlySpan<object?> arguments)
    {
        var value = LiquidNumber.Coerce(input);
        var bound = LiquidNumber.Coerce(arguments[0]);
        return (LiquidNumber.Compare(value, bound) > 0 ? bound : value).Box();
    }

    private static object ToInteger(LiquidNumber number, Func<double, double> onDouble, Func<decimal, decimal> onDecimal)
    {
        switch (number.Kind)
        {
            case NumberKind.Integer:
                return number.Box();
            case NumberKind.Decimal:
                var exact = onDecimal(number.AsDecimal);
                return exact is >= long.MinValue and <= long.MaxValue ? BoxCache.Integer((long)exact) : exact;
            default:
                var real = onDouble(number.AsDouble);
                // Beyond long (or NaN/∞) there is no integer to give; keep the float.
                return double.IsFinite(real) && real >= long.MinValue && real < 9.2233720368547758e18 ? BoxCache.Integer((long)real) : real;
        }
    }
}
