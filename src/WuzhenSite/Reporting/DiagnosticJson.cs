using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using WuzhenSite.Build;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Cli.Reporting;

/// <summary>One diagnostic as <c>wuzhen check --format json</c> and the preview's error overlay print it.</summary>
internal sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Code, string Message, string? Fix)
{
    public static DiagnosticJson From(Diagnostic diagnostic) => new(diagnostic.File, diagnostic.Line, diagnostic.Column,
        diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", diagnostic.Code, diagnostic.Message, diagnostic.Fix);
}

/// <summary>What <c>wuzhen check --format json</c> prints.</summary>
internal sealed record CheckReportJson(int Errors, int Warnings, int Documents, UpcomingChangeJson? NextPublish, UpcomingChangeJson? NextExpiry, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary>What <c>wuzhen build --format json</c> prints: the summary's figures, the next changes, every diagnostic.</summary>
internal sealed record BuildReportJson(
    bool Succeeded, int Errors, int Warnings, int Documents, int FilesWritten, int DraftsLeftOut, int ScheduledLeftOut, int ExpiredLeftOut,
    UpcomingChangeJson? NextPublish, UpcomingChangeJson? NextExpiry, long ElapsedMs, string Output, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary>When the site changes by itself (<see cref="UpcomingChange"/>): the time in ISO 8601 (UTC, offset written) and the source file.</summary>
internal sealed record UpcomingChangeJson(string Date, string File)
{
    public static UpcomingChangeJson? From(UpcomingChange? change) => change is null ? null : new(change.AtUtc, change.File);
}

/// <summary>
/// The command's JSON contracts, generated at compile time so the command needs no reflection and
/// can be compiled ahead of time. Names are snake_case, as the rest of the site's JSON.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CheckReportJson))]
[JsonSerializable(typeof(BuildReportJson))]
[JsonSerializable(typeof(IReadOnlyList<DiagnosticJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Indented, and leaves non-ASCII text (Chinese messages, quotes) readable.</summary>
    public static CliJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
