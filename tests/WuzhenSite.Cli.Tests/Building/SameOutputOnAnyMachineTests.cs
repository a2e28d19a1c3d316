using System.Globalization;
using System.Text;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// Same input, same output bytes on any machine: the sample site built by separate <c>wuzhen</c>
/// processes under other cultures (other calendars, digits, casing rules) and time zones must be
/// byte for byte the build under <c>C.UTF-8</c> and UTC; without ICU the build refuses instead.
/// </summary>
public sealed class SameOutputOnAnyMachineTests
{
    /// <summary>
    /// .NET on Linux takes CurrentCulture from LC_ALL (then LANG) through ICU, which carries its own
    /// locale data, so these cultures work without the OS's locale files; TZ names the zone.
    /// Thai counts years in the Buddhist era and Saudi Arabic in the Hijri calendar; Turkish lowers
    /// 'I' to a dotless 'ı'; German writes 1,5. Kiritimati is UTC+14, Adak UTC−10 (−9 in summer),
    /// Etc/GMT+12 is UTC−12: a date with a time is on another day there.
    /// </summary>
    private static readonly (string Locale, string Zone)[] Machines =
    [
        ("th_TH.UTF-8", "Pacific/Kiritimati"),
        ("ar_SA.UTF-8", "America/Adak"),
        ("tr_TR.UTF-8", "Etc/GMT+12"),
        ("de_DE.UTF-8", "Asia/Kathmandu"),
    ];

    /// <summary>What a machine without libicu must set for .NET to start at all.</summary>
    private static readonly Dictionary<string, string> WithoutIcu = new() { ["LANG"] = "C.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

    [Fact]
    public async Task The_sample_site_is_byte_identical_under_other_cultures_calendars_and_time_zones()
    {
        // Without ICU data for these cultures the runs below would all fall back to the invariant
        // culture and prove nothing.
        Assert.IsType<ThaiBuddhistCalendar>(CultureInfo.GetCultureInfo("th-TH").Calendar);
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").Calendar);

        using var folder = new TemporaryFolder();
        for (var attempt = 1; ; attempt++)
        {
            // The footer's year is the one thing that depends on when the build runs (in UTC, on
            // every machine alike); if the year turned during the runs, they are compared again.
            var yearBefore = DateTime.UtcNow.Year;
            var outputs = await Task.WhenAll(
                new[] { ("C.UTF-8", "UTC") }.Concat(Machines)
                    .Select((machine, i) => BuildAsync(machine.Item1, machine.Item2, folder.Combine($"{attempt}-{i}"))));
            if (DateTime.UtcNow.Year != yearBefore && attempt == 1)
            {
                continue;
            }

            var expected = TemporaryFolder.Snapshot(outputs[0]);
            Assert.NotEmpty(expected);
            for (var i = 1; i < outputs.Length; i++)
            {
                AssertSameFiles(expected, TemporaryFolder.Snapshot(outputs[i]), $"{Machines[i - 1].Locale}, TZ={Machines[i - 1].Zone}");
            }

            return;
        }
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("preview")]
    public async Task Without_ICU_the_command_refuses_with_exit_2_and_says_how_to_fix_it(string command)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = folder.Combine("site", "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");
        var before = TemporaryFolder.Snapshot(folder.Path);
        string[] args = command == "preview"
            ? [command, "--root", site, "--output", output, "--port", FreePort.Next().ToString(CultureInfo.InvariantCulture)]
            : [command, "--root", site, "--output", output];

        var (exitCode, log) = await WuzhenProcess.RunAsync(
            WithoutIcu, args);

        Assert.True(exitCode == 2, $"exit code {exitCode}, expected 2\n{log}");
        var line = log.Split('\n').SingleOrDefault(l => l.Contains("needs ICU", StringComparison.Ordinal));
        Assert.True(line is not null, $"expected one line saying the command needs ICU in:\n{log}");
        Assert.Contains("Fix: install libicu", line, StringComparison.Ordinal);
        Assert.Contains("unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(folder.Path));
    }

    [Fact]
    public async Task Without_ICU_new_refuses_instead_of_naming_the_file_with_another_slug()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var before = TemporaryFolder.Snapshot(folder.Path);

        var (exitCode, log) = await WuzhenProcess.RunAsync(
            WithoutIcu,
            "new", "article", "Café in Wuzhen", "--root", site);

        Assert.True(exitCode == 2, $"exit code {exitCode}, expected 2\n{log}");
        Assert.Contains("needs ICU", log, StringComparison.Ordinal);
        Assert.Contains("unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", log, StringComparison.Ordinal);
        CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(folder.Path));
    }

    private static async Task<string> BuildAsync(string locale, string zone, string output)
    {
        var (exitCode, log) = await WuzhenProcess.RunAsync(
            new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale, ["TZ"] = zone },
            "build", "--root", RepositoryPaths.Root, "--output", output);
        Assert.True(exitCode == 0, $"the build under {locale}, TZ={zone} exited {exitCode}:\n{log}");
        return output;
    }

    /// <summary>Asserts both builds wrote the same files with the same bytes, naming the files that differ and the first differing line of one.</summary>
    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string machine)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        // The manifest is the build's own record and stamps each file with the time it was written.
        var differing = expected.Keys.Where(path => path != WuzhenSite.Output.OwnedOutput.FileName && !expected[path].AsSpan().SequenceEqual(actual[path])).Order(StringComparer.Ordinal).ToList();
        if (differing.Count == 0)
        {
            return;
        }

        var first = differing[0];
        var expectedLines = Encoding.UTF8.GetString(expected[first]).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual[first]).Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i]);
        Assert.Fail($"Under {machine}, {differing.Count} file(s) differ from the C.UTF-8/UTC build: {string.Join(", ", differing.Take(8))}\n" +
            $"{first} line {line + 1}:\n  C.UTF-8/UTC: {Cut(expectedLines.ElementAtOrDefault(line))}\n  {machine}: {Cut(actualLines.ElementAtOrDefault(line))}");
    }

    private static string Cut(string? text) => text is null ? "(none)" : text.Length > 300 ? text[..300] + "…" : text;
}
