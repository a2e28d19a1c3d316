using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// The sample site's articles and transcripts end with their related stories: a labelled
/// <c>section#related</c> in the page's language, each item a link with its title and a
/// <c>&lt;time datetime&gt;</c>, never the page itself or a page of another language; the same in
/// every build, and gone with <c>RelatedCount: 0</c>.
/// </summary>
public sealed class RelatedSectionTests(SampleSiteBuildTests.BuiltSample sample) : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    [Theory]
    [InlineData("en/news/2017-wic-opens-in-wuzhen/index.html", "Related stories")]
    [InlineData("zh/news/2017-wic-opens-in-wuzhen/index.html", "相关报道")]
    [InlineData("en/transcripts/2017-scio-press-conference-fourth-wic/index.html", "Related stories")]
    public void A_story_ends_with_a_labelled_related_section_of_its_own_language(string page, string heading)
    {
        Assert.True(sample.Result.Succeeded, string.Join('\n', sample.Result.Diagnostics));
        var document = sample.Site.Page(page);
        var language = page[..2];

        var section = document.QuerySelector("section#related");

        Assert.NotNull(section);
        var label = document.GetElementById(section.GetAttribute("aria-labelledby")!);
        Assert.Equal(heading, label?.TextContent.Trim());
        var items = section.QuerySelectorAll("li").ToList();
        Assert.InRange(items.Count, 1, 4);
        var self = "/" + page[..^"index.html".Length];
        Assert.All(items, item =>
        {
            var link = item.QuerySelector("a[href]")!;
            var href = link.GetAttribute("href")!;
            Assert.StartsWith($"/{language}/", href, StringComparison.Ordinal);
            Assert.NotEqual(self, href);
            Assert.True(sample.Site.Exists(href.TrimStart('/') + "index.html"), href);
            Assert.Equal(sample.Site.Page(href.TrimStart('/') + "index.html").QuerySelector("h1")!.TextContent.Trim(), link.TextContent.Trim());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}", item.QuerySelector("time[datetime]")!.GetAttribute("datetime"));
        });
        Assert.Equal(items.Count, items.Select(i => i.QuerySelector("a")!.GetAttribute("href")).Distinct().Count());
        // The section is the page's last word, after the article.
        Assert.Null(document.QuerySelector("article section#related"));
    }

    [Fact]
    public void A_plain_page_has_no_related_section()
    {
        Assert.Null(sample.Site.Page("en/about/index.html").QuerySelector("#related"));
    }

    [Fact]
    public async Task A_second_build_chooses_the_same_stories_and_RelatedCount_0_leaves_them_out()
    {
        using var folder = new TemporaryFolder();
        var again = await SampleBuild.RunAsync(folder.Combine("again"), cancellationToken: TestContext.Current.CancellationToken);
        var none = await SampleBuild.RunAsync(folder.Combine("none"), new Dictionary<string, string> { ["RelatedCount"] = "0" }, TestContext.Current.CancellationToken);

        Assert.True(again.Succeeded, string.Join('\n', again.Diagnostics));
        Assert.True(none.Succeeded, string.Join('\n', none.Diagnostics));
        var stories = sample.Site.HtmlFiles().Where(f => f.Contains("/news/", StringComparison.Ordinal) || f.Contains("/transcripts/", StringComparison.Ordinal)).ToList();
        var withRelated = 0;
        foreach (var page in stories)
        {
            var first = sample.Site.Page(page).QuerySelector("#related")?.OuterHtml;
            Assert.Equal(first, new WrittenSite(folder.Combine("again")).Page(page).QuerySelector("#related")?.OuterHtml);
            Assert.Null(new WrittenSite(folder.Combine("none")).Page(page).QuerySelector("#related"));
            withRelated += first is null ? 0 : 1;
        }

        Assert.True(withRelated >= 10, $"{withRelated} of {stories.Count} story pages have related stories");
    }
}
