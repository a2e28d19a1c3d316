using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>{% if x %}</c>: true unless x is nil or false.</summary>
internal sealed class TruthyCondition(Expression value) : Condition
{
    public override bool Evaluate(LiquidContext context) => Truthiness.IsTruthy(value.Evaluate(context));
}
