using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Commands;

namespace WuzhenSite.Cli;

/// <summary>The <c>wuzhen</c> command line.</summary>
public static class Program
{
    /// <summary>The clock <c>wuzhen new</c> dates files with; tests replace it.</summary>
    public static TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Runs a command; exit code 0 on success, 1 on content errors, 2 on usage errors.</summary>
    public static async Task<int> Main(string[] args)
    {
        var console = AnsiConsole.Console;
        var root = new RootCommand("WuzhenSite: builds a multilingual conference-news site from Markdown.");
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(PreviewCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(NewCommand.Create(console, Clock));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await System.Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await System.Console.Error.WriteLineAsync("Run 'wuzhen --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        JitProfile.Start(parsed.CommandResult.Command.Name);
        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
