using WuzhenSite.Core.Tests.Architecture;

namespace WuzhenSite.Core.Tests.Importing;

/// <summary>
/// The two pages a press office really sent, kept beside the repository in <c>../shared/seeds/</c>
/// (read by the tests, never copied into the project): an article and a briefing transcript.
/// </summary>
internal static class SeedFiles
{
    /// <summary>The article: crumbs, title, "OCT . 14 2021", body, "Written by:/Edited by:/Source:".</summary>
    public static string Article => Find("000_");

    /// <summary>The SCIO briefing: crumbs, title, "Updated:" stamp, participants, date line, caption, five turns, page numbers.</summary>
    public static string Briefing => Find("004_");

    private static string Find(string prefix)
    {
        var folder = Path.GetFullPath(Path.Combine(CoreSources.RepositoryRoot, "..", "shared", "seeds"));
        var file = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, prefix + "*.txt").FirstOrDefault() : null;
        if (file is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Assert.Skip($"The import tests read the press office's seed files from {folder}, which is not there.");
        }

        return file ?? throw new InvalidOperationException($"The seed file {prefix}*.txt is not in {folder}.");
    }
}
