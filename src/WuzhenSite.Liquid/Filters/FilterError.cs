namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// A filter (or arithmetic) failed on its input. Thrown without a position; the filter call site catches it
/// and rethrows a <see cref="LiquidException"/> naming the template, line and column.
/// </summary>
internal sealed class FilterError(string message) : Exception(message);
