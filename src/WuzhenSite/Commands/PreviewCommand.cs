using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Configuration;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary><c>wuzhen preview</c>: builds the site, then serves it on 127.0.0.1 until stopped.</summary>
internal static class PreviewCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port to serve on (127.0.0.1 only).", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build the site and serve it on http://127.0.0.1:<port>/.");
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

            var outcome = await BuildCommand.RunAsync(console, build, cancellationToken).ConfigureAwait(false);
            new BuildReporter(console).Report(outcome);
            if (!outcome.Succeeded)
            {
                return ExitCodes.ContentErrors;
            }

            await using var server = new PreviewServer(outcome.OutputPath, result.GetValue(port));
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"Serving [link]{server.Url}[/] — press Ctrl+C to stop.");
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
