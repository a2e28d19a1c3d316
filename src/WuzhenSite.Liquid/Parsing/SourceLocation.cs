namespace WuzhenSite.Liquid.Parsing;

/// <summary>Where a node or expression came from; kept on nodes so render-time errors can name file, line and column.</summary>
internal readonly record struct SourceLocation(string FileName, int Line, int Column)
{
    /// <summary>An exception for this position.</summary>
    public LiquidException Error(string reason, Exception? inner = null) => new(FileName, Line, Column, reason, inner);
}
