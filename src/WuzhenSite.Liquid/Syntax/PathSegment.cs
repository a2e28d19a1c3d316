namespace WuzhenSite.Liquid.Syntax;

/// <summary>One step of a variable path: <c>.name</c> (Name set) or <c>[expression]</c> (Index set).</summary>
internal readonly record struct PathSegment(string? Name, Expression? Index);
