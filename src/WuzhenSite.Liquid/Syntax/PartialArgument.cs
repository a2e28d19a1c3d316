namespace WuzhenSite.Liquid.Syntax;

/// <summary>A <c>key: value</c> argument of include or render.</summary>
internal readonly record struct PartialArgument(string Name, Expression Value);
