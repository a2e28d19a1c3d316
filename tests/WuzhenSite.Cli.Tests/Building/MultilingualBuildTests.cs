using System.Text.Json;
using System.Text.Json.Nodes;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>Adding a language is a settings change plus a strings file.</summary>
public sealed class MultilingualBuildTests
{
    [Fact]
    public async Task A_third_language_with_one_document_builds_a_complete_third_site()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        AddFrench(site);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        Assert.DoesNotContain("warning", log);
        var written = new WrittenSite(Path.Combine(site, "output"));

        var french = written.Page("fr/news/harbour-opens/index.html");
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Contains("20 octobre 2019", french.QuerySelector("main")!.TextContent);
        Assert.Contains("Actualités", french.QuerySelector("header")!.TextContent);

        var english = written.Page("en/news/harbour-opens/index.html");
        Assert.Equal(["en", "zh", "fr", "x-default"], english.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
        Assert.Contains(english.QuerySelectorAll("a[hreflang=fr]"), a => a.GetAttribute("href") == "/fr/news/harbour-opens/");

        // A page without a French version offers the French home, never a dead link.
        var untranslated = written.Page("en/news/closing-report/index.html");
        Assert.Contains(untranslated.QuerySelectorAll("a[hreflang=fr]"), a => a.GetAttribute("href") == "/fr/");

        foreach (var page in new[] { "fr/index.html", "fr/news/index.html", "fr/transcripts/index.html", "fr/speakers/index.html", "fr/tags/index.html" })
        {
            Assert.True(written.Exists(page), $"{page} is missing");
        }

        Assert.Contains(written.Page("index.html").QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("hreflang") == "fr");
        Assert.Empty(written.BrokenInternalLinks());
    }

    [Fact]
    public async Task A_language_without_a_strings_file_builds_with_the_default_strings_and_a_warning()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        AddFrench(site);
        File.Delete(Path.Combine(site, "i18n", "fr.json"));

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(0, exitCode);
        Assert.Contains("i18n/fr.json: warning:", log);
        Assert.Contains("News", new WrittenSite(Path.Combine(site, "output")).Page("fr/index.html").QuerySelector("header")!.TextContent);
    }

    private static void AddFrench(string site)
    {
        var settingsPath = Path.Combine(site, "statiq.json");
        var settings = JsonNode.Parse(File.ReadAllText(settingsPath))!.AsObject();
        settings["Languages"]!.AsArray().Add(new JsonObject { ["Code"] = "fr", ["Name"] = "Français", ["Locale"] = "fr-FR", ["SiteTitle"] = "Actualités du test" });
        File.WriteAllText(settingsPath, settings.ToJsonString());

        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n", "en.json")))!.AsObject();
        english["nav_news"] = "Actualités";
        english["nav_transcripts"] = "Transcriptions";
        Directory.CreateDirectory(Path.Combine(site, "i18n"));
        File.WriteAllText(Path.Combine(site, "i18n", "fr.json"), english.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        File.WriteAllText(Path.Combine(site, "input", "news", "harbour-opens.fr.md"),
            "---\ntitle: Le nouveau pavillon du port ouvre ses portes\ndate: 2019-10-20\ntags: [infrastructure]\n---\nLes délégués ont visité le pavillon dès le premier matin.\n");
    }
}
