using WuzhenSite.Cli;

namespace WuzhenSite.Cli.Tests.Support;

/// <summary>Runs the <c>wuzhen</c> command in-process, one at a time (the console is process-wide).</summary>
internal static class WuzhenCommand
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        await OneAtATime.WaitAsync();
        var originalOut = Console.Out;
        var originalError = Console.Error;
        using var writer = new StringWriter();
        try
        {
            Console.SetOut(writer);
            Console.SetError(writer);
            Spectre.Console.AnsiConsole.Console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
            {
                Out = new Spectre.Console.AnsiConsoleOutput(writer),
                Ansi = Spectre.Console.AnsiSupport.No,
                Interactive = Spectre.Console.InteractionSupport.No,
            });
            var exitCode = await Program.Main(args);
            return (exitCode, writer.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            OneAtATime.Release();
        }
    }
}
