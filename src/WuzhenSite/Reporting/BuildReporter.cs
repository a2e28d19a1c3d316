using Spectre.Console;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Reporting;

/// <summary>
/// Prints a build's diagnostics in the <c>file:line:col: error: message</c> form editors and CI
/// understand, then a summary: documents read, pages written, left out, warnings, time.
/// </summary>
internal sealed class BuildReporter(IAnsiConsole console)
{
    public void Report(BuildResult result, bool verbose = false)
    {
        // One unwrapped line per diagnostic whatever the terminal width, so editors and CI can parse them.
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteLine(diagnostic.ToString(), diagnostic.Severity == DiagnosticSeverity.Error ? "\u001b[31m" : "\u001b[33m");
        }

        if (!result.Succeeded)
        {
            // Unwrapped like the diagnostics, so a log holds it on one line.
            WriteLine($"Build failed with {result.ErrorCount} error(s) and {result.WarningCount} warning(s); the previous output was left as it was.", "\u001b[31m");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        table.AddRow("Documents read", result.DocumentsRead.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Files written", result.FilesWritten.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Left out", $"{result.DraftsLeftOut} draft(s), {result.ScheduledLeftOut} scheduled, {result.ExpiredLeftOut} expired");
        table.AddRow("Warnings", result.WarningCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Next scheduled", Markup.Escape(UpcomingText.Of(result.NextPublish)));
        table.AddRow("Next expiry", Markup.Escape(UpcomingText.Of(result.NextExpiry)));
        table.AddRow("Time", $"{result.Elapsed.TotalMilliseconds:0} ms");
        table.AddRow("Output", Markup.Escape(VisibleText.Escape(result.OutputPath)));
        console.Write(table);

        if (verbose)
        {
            var timings = new Table().Border(TableBorder.Simple).AddColumn("Pipeline").AddColumn("Phase").AddColumn(new TableColumn("Start ms").RightAligned()).AddColumn(new TableColumn("ms").RightAligned()).AddColumn(new TableColumn("Documents").RightAligned());
            foreach (var timing in result.Timings)
            {
                timings.AddRow(timing.Pipeline, timing.Phase.ToString(), timing.StartedAfter.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture), timing.Elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                    timing.DocumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(timings);
        }
    }

    /// <summary>The build's report as JSON (<c>build --format json</c>), in the words and escapes of <c>check --format json</c>.</summary>
    public static Task WriteJsonAsync(TextWriter writer, BuildResult result)
    {
        var report = new BuildReportJson(result.Succeeded, result.ErrorCount, result.WarningCount, result.DocumentsRead, result.FilesWritten,
            result.DraftsLeftOut, result.ScheduledLeftOut, result.ExpiredLeftOut,
            UpcomingChangeJson.From(result.NextPublish), UpcomingChangeJson.From(result.NextExpiry),
            (long)result.Elapsed.TotalMilliseconds, result.OutputPath, [.. result.Diagnostics.Select(DiagnosticJson.From)]);
        return writer.WriteLineAsync(VisibleText.EscapeJson(System.Text.Json.JsonSerializer.Serialize(report, CliJsonContext.Readable.BuildReportJson)));
    }

    /// <summary>One line per preview rebuild: what changed on disk and how long it took, or the errors.</summary>
    public void ReportRebuild(BuildResult result, TimeSpan elapsed)
    {
        if (!result.Succeeded)
        {
            Report(result);
            console.MarkupLine("[yellow]The last good site is still being served; fix the error and save to rebuild.[/]");
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            console.Profile.Out.Writer.WriteLine(diagnostic.ToString());
        }

        console.MarkupLine($"Rebuilt in {elapsed.TotalMilliseconds:0} ms: {result.FilesRewritten.Count} file(s) rewritten.");
    }

    // One line, coloured when the terminal takes colours. The text is already safe to print
    // (Diagnostic.ToString escapes what came from the site), so the only escape codes are ours.
    private void WriteLine(string line, string color)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(console.Profile.Capabilities.Ansi ? color + line + "\u001b[0m" : line);
    }
}
