namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>a or b</c>. Liquid groups right to left: <c>a and b or c</c> is <c>a and (b or c)</c>.</summary>
internal sealed class OrCondition(Condition left, Condition right) : Condition
{
    public override bool Evaluate(LiquidContext context) => left.Evaluate(context) || right.Evaluate(context);
}
