using System.Diagnostics;

namespace WuzhenSite.Cli.Tests.Support;

/// <summary>
/// Runs Debian's pandoc to make Word files from Markdown, as a press office's Word would save them
/// (bold speaker labels, a title style): a writer independent of the Open XML SDK the site reads them with.
/// </summary>
internal static class Pandoc
{
    private const string Program = "/usr/bin/pandoc";

    /// <summary>Writes <paramref name="markdownPath"/> as a .docx at <paramref name="docxPath"/>; straight quotes kept, so both files hold the same characters.</summary>
    public static void ToWord(string markdownPath, string docxPath)
    {
        // As the photo tests do without exiftool: skipped with the fix on a developer's machine,
        // a failure in CI, where .ci/run installs it.
        if (!File.Exists(Program) && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Assert.Skip($"The Word import test needs Debian's pandoc at {Program}: run 'sudo apt-get install -y pandoc' to enable it.");
        }

        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "markdown-smart", "-t", "docx", "-o", docxPath, markdownPath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pandoc {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors.Result}");
        }
    }
}
