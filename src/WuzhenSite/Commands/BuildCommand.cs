using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary><c>wuzhen build</c>: builds the site into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(IAnsiConsole console, TimeProvider clock)
    {
        var options = new SiteOptions();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print when each pipeline phase started and how long it took." };
        var command = new Command("build", "Build the site into the output folder.");
        options.AddTo(command);
        var listExternal = new Option<bool>("--list-external-links") { Description = "Also list every link to another site, by page (links are never fetched)." };
        var format = new Option<string>("--format") { Description = "text (a summary table) or json (the summary, the next scheduled and expiring documents, every diagnostic).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        command.Options.Add(verbose);
        command.Options.Add(listExternal);
        command.Options.Add(format);
        command.SetAction(async (result, cancellationToken) =>
        {
            var build = options.ToBuildOptions(result) with { Clock = clock };
            var json = result.GetValue(format) == "json";

            var outcome = json
                ? await SiteBuilder.BuildAsync(build, cancellationToken).ConfigureAwait(false)
                : await RunAsync(console, build, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                await BuildReporter.WriteJsonAsync(console.Profile.Out.Writer, outcome).ConfigureAwait(false);
                return ExitCodes.Of(outcome);
            }

            new BuildReporter(console).Report(outcome, result.GetValue(verbose));
            if (result.GetValue(listExternal))
            {
                ExternalLinkList.Write(console, outcome);
            }

            return ExitCodes.Of(outcome);
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
