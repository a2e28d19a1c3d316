namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>a and b</c>. Liquid groups right to left: <c>a or b and c</c> is <c>a or (b and c)</c>.</summary>
internal sealed class AndCondition(Condition left, Condition right) : Condition
{
    public override bool Evaluate(LiquidContext context) => left.Evaluate(context) && right.Evaluate(context);
}
