namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// A filter implementation: the piped-in value and the evaluated arguments (positional first, then the
/// filter's named parameters in declaration order). A span so that calls with few arguments allocate nothing.
/// </summary>
internal delegate object? FilterFunction(object? input, ReadOnlySpan<object?> arguments);
