using System.Diagnostics;

namespace WuzhenSite.Benchmarks.Samples;

/// <summary>Writes metadata into a photo with Debian's exiftool (libimage-exiftool-perl), as a camera and a press office would.</summary>
internal static class ExifTool
{
    private const string Program = "/usr/bin/exiftool";

    /// <summary>
    /// Writes <c>-Group:Tag=value</c> assignments into the file in place. A tag exiftool cannot write
    /// (or must truncate: IPTC credit and by-line hold 32 bytes) stops the generator, so a sample never
    /// lacks what its documentation promises.
    /// </summary>
    public static void Write(string path, IReadOnlyList<string> assignments)
    {
        // IPTC text is Latin-1 unless the record says UTF-8 ("©" is not ASCII).
        string[] charset = assignments.Any(a => a.StartsWith("-IPTC:", StringComparison.Ordinal))
            ? ["-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8"]
            : [];
        var start = new ProcessStartInfo(Program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-overwrite_original", .. charset, .. assignments, path])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start; install libimage-exiftool-perl.");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || errors.Result.Contains("Warning", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"exiftool could not tag {path}: {errors.Result}");
        }
    }
}
