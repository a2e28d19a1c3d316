namespace WuzhenSite.Liquid.Syntax;

/// <summary>How rendering a node ended: normally, or by break/continue travelling up to the nearest for loop (no exceptions needed).</summary>
internal enum Completion
{
    Normal,
    Break,
    Continue,
}
