using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

public sealed class TranscriptWarningTests
{
    [Fact]
    public async Task A_misspelt_speaker_label_is_a_warning_with_file_line_and_the_likely_name_and_the_build_succeeds()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var transcript = Path.Combine(site, "input", "transcripts", "harbour-briefing.md");
        File.WriteAllText(transcript, File.ReadAllText(transcript).Replace("Lin Qiaoyu:\n\nJust over", "Lin Qiayu:\n\nJust over", StringComparison.Ordinal));

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(0, exitCode);
        Assert.Contains("input/transcripts/harbour-briefing.md:18:1: warning: The turn label 'Lin Qiayu' is not a listed speaker, but looks like 'Lin Qiaoyu'.", log);
    }
}
