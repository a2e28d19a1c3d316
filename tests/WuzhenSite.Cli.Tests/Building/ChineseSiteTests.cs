using System.Text.Json;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>The Chinese site is first-class: language, switcher, hreflang that resolves, Chinese UI throughout.</summary>
public sealed class ChineseSiteTests : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    private readonly SampleSiteBuildTests.BuiltSample _sample;

    public ChineseSiteTests(SampleSiteBuildTests.BuiltSample sample) => _sample = sample;

    [Fact]
    public void Every_chinese_page_has_lang_zh_a_switcher_and_hreflang_links_that_resolve_to_written_files()
    {
        var pages = _sample.Site.HtmlFiles().Where(f => f.StartsWith("zh/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 30);
        foreach (var file in pages)
        {
            var page = _sample.Site.Page(file);
            Assert.Equal("zh", page.DocumentElement.GetAttribute("lang"));
            Assert.True(page.QuerySelectorAll("header a[hreflang]").Length >= 2, $"{file} has no language switcher");
            foreach (var alternate in page.QuerySelectorAll("link[rel=alternate][hreflang]"))
            {
                var path = new Uri(alternate.GetAttribute("href")!).AbsolutePath;
                Assert.True(_sample.Site.ResolveInternal(file, path) is { } target && File.Exists(target), $"{file}: hreflang {path} is not written");
            }
        }
    }

    [Fact]
    public void Hreflang_sets_are_symmetric_and_include_the_page_itself()
    {
        foreach (var file in _sample.Site.HtmlFiles())
        {
            var alternates = _sample.Site.Page(file).QuerySelectorAll("link[rel=alternate][hreflang]")
                .Where(l => l.GetAttribute("hreflang") != "x-default")
                .Select(l => new Uri(l.GetAttribute("href")!).AbsolutePath)
                .ToList();
            if (alternates.Count == 0 || file == "index.html")
            {
                continue;
            }

            Assert.Contains("/" + file[..^"index.html".Length], alternates);
            foreach (var other in alternates)
            {
                var otherAlternates = _sample.Site.Page(other.TrimStart('/') + "index.html").QuerySelectorAll("link[rel=alternate][hreflang]")
                    .Where(l => l.GetAttribute("hreflang") != "x-default")
                    .Select(l => new Uri(l.GetAttribute("href")!).AbsolutePath);
                Assert.Equal(alternates.Order(), otherAlternates.Order());
            }
        }
    }

    [Fact]
    public void Chinese_pages_use_the_chinese_ui_strings()
    {
        var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n", "zh.json")))!;
        var english = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n", "en.json")))!;
        foreach (var file in new[] { "zh/index.html", "zh/news/2017-wic-opens-in-wuzhen/index.html", "zh/speakers/ren-xianliang/index.html" })
        {
            var nav = _sample.Site.Page(file).QuerySelector("header")!.TextContent;
            Assert.Contains(strings["nav_news"], nav);
            Assert.DoesNotContain(english["nav_transcripts"], nav);
        }

        Assert.Contains("2017年", _sample.Site.Page("zh/news/2017-wic-opens-in-wuzhen/index.html").QuerySelector("time")!.TextContent);
    }
}
