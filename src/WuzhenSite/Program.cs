using System.CommandLine;
using Spectre.Console;
using WuzhenSite.Cli.Commands;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Cli;

/// <summary>The <c>wuzhen</c> command line.</summary>
public static class Program
{
    private const string Description = """
        WuzhenSite: builds a multilingual conference-news site from Markdown.

        Exit codes: 0 success; 1 content errors (the previous output is left untouched); 2 a mistake in
        the call (an option, a setting, a folder or a port); 70 an internal error (a bug in wuzhen:
        please report it); 130 stopped by Ctrl+C.
        """;

    /// <summary>The clock <c>wuzhen new</c> and <c>wuzhen import</c> date files with, and <c>build</c> and <c>check</c> tell scheduled and expired documents by; tests replace it.</summary>
    public static TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// Runs a command: exit code 0 on success, 1 on content errors, 2 on mistakes in the call, 70 on
    /// an internal error, 130 when stopped by Ctrl+C. Nothing a user does prints a stack trace.
    /// </summary>
    public static Task<int> Main(string[] args)
    {
        Images.Encoding.LibVips.LimitMallocArenas();
        var showStackTraces = Environment.GetEnvironmentVariable(ErrorBoundary.DebugVariable) is { Length: > 0 } debug && debug != "0";
        return new ErrorBoundary(Console.Error, showStackTraces).RunAsync(() => RunAsync(args));
    }

    private static async Task<int> RunAsync(string[] args)
    {
        var console = AnsiConsole.Console;
        var root = new RootCommand(Description);
        root.Subcommands.Add(BuildCommand.Create(console, Clock));
        root.Subcommands.Add(PreviewCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console, Clock));
        root.Subcommands.Add(NewCommand.Create(console, Clock));
        root.Subcommands.Add(ImportCommand.Create(console, Clock));

        // No response files: a title such as "@WIC2024 opens" is a title, not a file of arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            var help = parsed.CommandResult.Command == root ? "wuzhen --help" : $"wuzhen {parsed.CommandResult.Command.Name} --help";
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(VisibleText.Escape($"error: {error.Message} Fix: Run '{help}' for the commands and options.")).ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }

        JitProfile.Start(parsed.CommandResult.Command.Name);

        // Our boundary reports exceptions; System.CommandLine's own handler would print the stack.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
    }
}
