using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>(start..end)</c>; both ends are converted to integers (strings parsed, floats truncated).</summary>
internal sealed class RangeExpression(Expression start, Expression end) : Expression
{
    public override object? Evaluate(LiquidContext context) =>
        new RangeValue(ToInt(start.Evaluate(context)), ToInt(end.Evaluate(context)));

    private static int ToInt(object? value) => (int)Math.Clamp(LiquidNumber.Coerce(value).AsInteger, int.MinValue, int.MaxValue);
}
