using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>a == b</c>, <c>a &lt; b</c>, <c>a contains b</c>, …</summary>
internal sealed class ComparisonCondition(Expression left, ComparisonOperator op, Expression right) : Condition
{
    public override bool Evaluate(LiquidContext context)
    {
        var a = left.Evaluate(context);
        var b = right.Evaluate(context);
        int order;
        return op switch
        {
            ComparisonOperator.Equal => Comparisons.AreEqual(a, b),
            ComparisonOperator.NotEqual => !Comparisons.AreEqual(a, b),
            ComparisonOperator.Contains => Comparisons.Contains(a, b),
            ComparisonOperator.Less => Comparisons.TryCompare(a, b, out order) && order < 0,
            ComparisonOperator.Greater => Comparisons.TryCompare(a, b, out order) && order > 0,
            ComparisonOperator.LessOrEqual => Comparisons.TryCompare(a, b, out order) && order <= 0,
            _ => Comparisons.TryCompare(a, b, out order) && order >= 0,
        };
    }
}
