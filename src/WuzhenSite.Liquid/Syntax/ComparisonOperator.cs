namespace WuzhenSite.Liquid.Syntax;

/// <summary>The binary operators of conditions.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Contains,
}
