using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Configuration;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>
/// <c>wuzhen preview</c>: builds the site, serves it on 127.0.0.1, watches the content, theme and
/// settings, rebuilds on change and reloads open tabs (or shows the errors in them).
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port to serve on (127.0.0.1 only).", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build the site, serve it on http://127.0.0.1:<port>/, and rebuild and reload on every change.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancellationToken) =>
        {
            BuildOptions build;
            try
            {
                build = options.ToBuildOptions(result);
            }
            catch (SettingsException exception)
            {
                console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
                return ExitCodes.UsageError;
            }

            if (PortProblems.OutOfRange(result.GetValue(port)) is { } badPort)
            {
                console.Profile.Out.Writer.WriteLine(badPort.ToString());
                return ExitCodes.UsageError;
            }

            var reporter = new BuildReporter(console);
            var first = true;
            await using var session = new PreviewSession(build, (outcome, elapsed) =>
            {
                if (first)
                {
                    reporter.Report(outcome);
                    first = false;
                    return;
                }

                reporter.ReportRebuild(outcome, elapsed);
            });
            BuildResult initial;
            try
            {
                initial = await session.StartAsync(result.GetValue(port), cancellationToken).ConfigureAwait(false);
            }
            catch (SettingsException exception)
            {
                console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
                return ExitCodes.ContentErrors;
            }
            catch (PreviewPortException exception)
            {
                console.Profile.Out.Writer.WriteLine(exception.Diagnostic.ToString());
                return ExitCodes.UsageError;
            }

            if (!initial.Succeeded && (initial.IsUsageError || !Directory.Exists(initial.OutputPath)))
            {
                return ExitCodes.Of(initial);
            }

            console.MarkupLine($"Serving [link]{session.Url}[/] — watching for changes; press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
