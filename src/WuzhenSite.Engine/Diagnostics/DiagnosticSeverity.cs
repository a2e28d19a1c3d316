namespace WuzhenSite.Engine.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail the build, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the build goes on.</summary>
    Warning,

    /// <summary>The build fails and the previous output stays as it was.</summary>
    Error,
}
