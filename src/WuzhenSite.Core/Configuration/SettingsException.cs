using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Configuration;

/// <summary>The settings cannot be used; the diagnostics say where and why.</summary>
public sealed class SettingsException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    /// <summary>Every problem found in the settings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
