using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Rendering;

/// <summary>A layout could not be loaded or rendered; the diagnostic names the layout file.</summary>
public sealed class LayoutException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    /// <summary>What went wrong, and where.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
