namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// A registered filter: how many positional arguments it takes and which named ones (e.g. default's
/// allow_false), checked when the template is parsed so a wrong call fails early with its position.
/// </summary>
internal sealed record FilterDefinition(string Name, FilterFunction Function, int MinArguments, int MaxArguments, params string[] NamedParameters);
