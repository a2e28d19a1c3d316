using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>
/// <c>wuzhen check</c>: everything a build validates (front matter, languages, speakers, links,
/// layouts) without writing the site. Prints <c>file:line:col: error|warning: message</c> lines, or
/// JSON with <c>--format json</c>, then when the next scheduled document becomes due and the next
/// published one expires; exits 1 when there are errors.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(IAnsiConsole console, TimeProvider clock)
    {
        var options = new SiteOptions();
        var format = new Option<string>("--format") { Description = "text (file:line:col lines) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check the content, settings, theme and links without writing the site.");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (result, cancellationToken) =>
        {
            var build = options.ToBuildOptions(result) with { CheckOnly = true, Clock = clock };

            var outcome = await SiteBuilder.BuildAsync(build, cancellationToken).ConfigureAwait(false);
            var writer = console.Profile.Out.Writer;
            if (result.GetValue(format) == "json")
            {
                var report = new CheckReportJson(outcome.ErrorCount, outcome.WarningCount, outcome.DocumentsRead,
                    UpcomingChangeJson.From(outcome.NextPublish), UpcomingChangeJson.From(outcome.NextExpiry),
                    outcome.Diagnostics.Select(DiagnosticJson.From).ToList());
                await writer.WriteLineAsync(VisibleText.EscapeJson(JsonSerializer.Serialize(report, CliJsonContext.Readable.CheckReportJson))).ConfigureAwait(false);
            }
            else
            {
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    await writer.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
                }

                await writer.WriteLineAsync($"{outcome.ErrorCount} error(s), {outcome.WarningCount} warning(s) in {outcome.DocumentsRead} document(s).").ConfigureAwait(false);
                await writer.WriteLineAsync($"Next scheduled: {UpcomingText.Of(outcome.NextPublish)}").ConfigureAwait(false);
                await writer.WriteLineAsync($"Next expiry: {UpcomingText.Of(outcome.NextExpiry)}").ConfigureAwait(false);
            }

            return ExitCodes.Of(outcome);
        });
        return command;
    }
}
