using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Configuration;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary><c>wuzhen build</c>: builds the site into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var options = new SiteOptions();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print the time each pipeline phase took." };
        var command = new Command("build", "Build the site into the output folder.");
        options.AddTo(command);
        command.Options.Add(verbose);
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

            var outcome = await RunAsync(console, build, cancellationToken).ConfigureAwait(false);
            new BuildReporter(console).Report(outcome, result.GetValue(verbose));
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }

    /// <summary>Runs a build, with a spinner when a person is watching.</summary>
    public static async Task<BuildResult> RunAsync(IAnsiConsole console, BuildOptions build, CancellationToken cancellationToken)
    {
        if (System.Console.IsOutputRedirected || !console.Profile.Capabilities.Interactive)
        {
            return await SiteBuilder.BuildAsync(build, cancellationToken).ConfigureAwait(false);
        }

        return await console.Status().StartAsync("Building…", _ => SiteBuilder.BuildAsync(build, cancellationToken)).ConfigureAwait(false);
    }
}
