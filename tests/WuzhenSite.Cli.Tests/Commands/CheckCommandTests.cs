using System.Text.Json;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_reports_problems_as_file_line_col_lines_writes_nothing_and_exits_1()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", "bad.md"), "---\ntitle: Bad\ndate: 2019-13-01\n---\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("check", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^input/news/bad\.md:3:7: error: 'date' is '2019-13-01'", log);
        Assert.Contains("1 error(s), 0 warning(s)", log);
        Assert.False(Directory.Exists(Path.Combine(site, "output")));
    }

    [Fact]
    public async Task Check_json_lists_every_diagnostic_with_its_position()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", "bad.md"), "---\ndate: 2019-01-01\n---\n");
        var transcript = Path.Combine(site, "input", "transcripts", "harbour-briefing.md");
        File.WriteAllText(transcript, File.ReadAllText(transcript).Replace("Lin Qiaoyu:\n\nJust over", "Lin Qiayu:\n\nJust over", StringComparison.Ordinal));

        var (exitCode, log) = await WuzhenCommand.RunAsync("check", "--root", site, "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(log);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("file").GetString() == "input/news/bad.md" && d.GetProperty("severity").GetString() == "error" && d.GetProperty("line").GetInt32() == 3);
        Assert.Contains(diagnostics, d => d.GetProperty("severity").GetString() == "warning" && d.GetProperty("line").GetInt32() == 18);
    }

    [Fact]
    public async Task Check_passes_on_the_sample_site()
    {
        var (exitCode, log) = await WuzhenCommand.RunAsync("check", "--root", RepositoryPaths.Root);

        Assert.True(exitCode == 0, log);
        Assert.Contains("0 error(s), 0 warning(s)", log);
    }
}
