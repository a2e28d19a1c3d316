namespace WuzhenSite.Engine.Diagnostics;

/// <summary>
/// One problem found in the input: which file, where in it, what is wrong and how to fix it.
/// Line and column are 1-based; 0 means unknown.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Fix = null,
    string Code = "")
{
    /// <summary>An error.</summary>
    public static Diagnostic Error(string file, int line, int column, string message, string? fix = null, string code = "") =>
        new(DiagnosticSeverity.Error, file, line, column, message, fix, code);

    /// <summary>A warning.</summary>
    public static Diagnostic Warning(string file, int line, int column, string message, string? fix = null, string code = "") =>
        new(DiagnosticSeverity.Warning, file, line, column, message, fix, code);

    /// <summary>
    /// The compiler-style form editors and CI understand: <c>file:line:col: error: message Fix: fix</c>,
    /// always one line that is safe to print: file names and quoted content come from the site, so
    /// their control and invisible characters are shown as escapes (<see cref="VisibleText"/>).
    /// </summary>
    public override string ToString()
    {
        var where = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return VisibleText.Escape(Fix is null ? $"{where}: {kind}: {Message}" : $"{where}: {kind}: {Message} Fix: {Fix}");
    }
}
