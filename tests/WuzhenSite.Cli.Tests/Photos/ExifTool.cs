using System.Diagnostics;
using System.Text.Json;

namespace WuzhenSite.Cli.Tests.Photos;

/// <summary>
/// Runs Debian's exiftool (libimage-exiftool-perl): an independent writer and reader of photo
/// metadata, so the tests do not check the site's metadata handling with the library it uses itself.
/// </summary>
internal static class ExifTool
{
    private const string Program = "/usr/bin/exiftool";

    /// <summary>
    /// Writes tags (<c>-Group:Tag=value</c> arguments) into the file in place. A tag exiftool cannot
    /// write there is a failure, not a warning, so a fixture never silently lacks what it promises.
    /// </summary>
    public static void Write(string path, IReadOnlyList<string> assignments)
    {
        // IPTC text is Latin-1 unless the record says UTF-8; say it, so a Chinese caption survives.
        string[] charset = assignments.Any(a => a.StartsWith("-IPTC:", StringComparison.Ordinal))
            ? ["-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8"]
            : [];
        Run(["-overwrite_original", .. charset, .. assignments, path], warningsFail: true);
    }

    /// <summary>Every tag exiftool finds, keyed "Group:Tag" (<c>-j -G</c>); numbers as their JSON text.</summary>
    public static Dictionary<string, string> ReadTags(string path)
    {
        using var json = JsonDocument.Parse(Run(["-j", "-G", path], warningsFail: false));
        return json.RootElement[0].EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(),
            StringComparer.Ordinal);
    }

    private static string Run(IEnumerable<string> arguments, bool warningsFail)
    {
        // As the browser tests do without Chromium: skipped with the fix on a developer's machine,
        // a failure in CI, where .ci/run installs it.
        if (!File.Exists(Program) && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Assert.Skip($"The photo tests need Debian's exiftool at {Program}: run 'sudo apt-get install -y libimage-exiftool-perl' to enable them.");
        }

        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || (warningsFail && errors.Result.Contains("Warning", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"exiftool {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors.Result}");
        }

        return output;
    }
}
