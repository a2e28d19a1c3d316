namespace WuzhenSite.Liquid.Syntax;

/// <summary>The first test of <c>unless</c>: the negation of its condition.</summary>
internal sealed class NotCondition(Condition inner) : Condition
{
    public override bool Evaluate(LiquidContext context) => !inner.Evaluate(context);
}
