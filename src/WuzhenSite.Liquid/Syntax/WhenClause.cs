namespace WuzhenSite.Liquid.Syntax;

/// <summary>One <c>{% when a, b or c %}</c>: the values it matches and its body.</summary>
internal sealed record WhenClause(Expression[] Values, Node[] Body);
