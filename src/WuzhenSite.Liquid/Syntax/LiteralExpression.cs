namespace WuzhenSite.Liquid.Syntax;

/// <summary>A constant: string, number (boxed once at parse time), true/false, nil, empty, blank.</summary>
internal sealed class LiteralExpression(object? value) : Expression
{
    public static readonly LiteralExpression Nil = new(null);

    public object? Value { get; } = value;

    public override object? Evaluate(LiquidContext context) => Value;
}
