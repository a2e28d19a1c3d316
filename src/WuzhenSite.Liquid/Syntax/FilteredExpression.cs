namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>input | f1: a | f2</c>: the input value passed through filters left to right.</summary>
internal sealed class FilteredExpression(Expression input, FilterCall[] filters) : Expression
{
    public override object? Evaluate(LiquidContext context)
    {
        var value = input.Evaluate(context);
        foreach (var filter in filters)
        {
            value = filter.Invoke(value, context);
        }

        return value;
    }
}
