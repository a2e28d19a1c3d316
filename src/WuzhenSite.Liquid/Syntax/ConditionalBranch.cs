namespace WuzhenSite.Liquid.Syntax;

/// <summary>One <c>if</c>/<c>elsif</c> test and the nodes it guards.</summary>
internal sealed record ConditionalBranch(Condition Condition, Node[] Body);
