using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Configuration;

/// <summary>The settings cannot be used; the diagnostics say where and why.</summary>
public sealed class SettingsException(IReadOnlyList<Diagnostic> diagnostics, bool isUsageError = false)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    /// <summary>Every problem found in the settings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>
    /// Every problem lies in the command line (<c>--setting Key=Value</c>), not in the settings file:
    /// a mistake in the call, which exits 2 rather than 1.
    /// </summary>
    public bool IsUsageError { get; } = isUsageError;
}
