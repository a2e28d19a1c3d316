namespace WuzhenSite.Liquid;

/// <summary>
/// A filter the host adds to one render with <see cref="LiquidContext.SetFilter"/>, for what the engine cannot
/// know (e.g. the site's UI strings: <c>{{ 'page_x_of_y' | t: current: 2, total: 5 }}</c>). It gets the piped-in
/// value and the named arguments as evaluated (strings, numbers, booleans, nil as null). Throw
/// <see cref="ArgumentException"/> for a wrong call: its message becomes an error at the filter's position.
/// </summary>
public delegate object? LiquidFilter(object? input, IReadOnlyDictionary<string, object?> arguments);
