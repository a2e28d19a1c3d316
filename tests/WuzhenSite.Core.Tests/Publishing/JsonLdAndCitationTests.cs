using System.Text.Json;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Publishing.Metadata;
using WuzhenSite.Rendering.Views;

namespace WuzhenSite.Core.Tests.Publishing;

public sealed class JsonLdAndCitationTests
{
    private static PageView View(string kind, string title = "Summit opens") => new()
    {
        Kind = kind,
        Layout = kind,
        Title = title,
        Url = "/en/news/a/",
        Permalink = "https://x.org/en/news/a/",
        Lang = "en",
        Dir = "ltr",
        Description = "What happened.",
        DateIso = "2019-10-20",
        Meta = new FrontMatterData { Author = "News Desk" },
        Tags = [new LinkView("5G", "/en/tags/5g/")],
        Speakers = [new LinkView("Ren Xianliang", "/en/speakers/ren-xianliang/", "Vice Minister")],
        Event = new LinkView("2019 World Internet Conference", "/en/events/2019/"),
    };

    private static readonly JsonLd.Facts Facts = new("Test News", "https://x.org/assets/img/mark.svg", null, null, null);

    [Fact]
    public void An_article_is_a_news_article_with_headline_dates_author_publisher_and_image()
    {
        using var json = JsonDocument.Parse(JsonLd.For(View("article"), Facts));
        var root = json.RootElement;

        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Summit opens", root.GetProperty("headline").GetString());
        Assert.Equal("2019-10-20", root.GetProperty("datePublished").GetString());
        Assert.Equal("News Desk", root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Test News", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://x.org/assets/img/mark.svg", root.GetProperty("image")[0].GetString());
    }

    [Fact]
    public void An_unchanged_article_was_modified_when_it_was_published_and_has_no_correction()
    {
        using var json = JsonDocument.Parse(JsonLd.For(View("article"), Facts));

        Assert.Equal("2019-10-20", json.RootElement.GetProperty("dateModified").GetString());
        Assert.False(json.RootElement.TryGetProperty("correction", out _));
    }

    [Theory]
    [InlineData("article")]
    [InlineData("transcript")]
    public void A_corrected_page_was_modified_at_its_last_change_and_lists_each_correction_as_a_correction_comment(string kind)
    {
        var view = View(kind) with
        {
            UpdatedIso = "2019-10-22T09:30:00+08:00",
            Corrections = [new CorrectionView("21 October 2019", "2019-10-21", "A name was misspelt."), new CorrectionView("22 October 2019", "2019-10-22T09:30:00+08:00", "The date of the <forum> was wrong.")],
        };

        var text = JsonLd.For(view, Facts);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        Assert.Equal("2019-10-20", root.GetProperty("datePublished").GetString());
        Assert.Equal("2019-10-22T09:30:00+08:00", root.GetProperty("dateModified").GetString());
        var corrections = root.GetProperty("correction").EnumerateArray().ToList();
        Assert.Equal(["CorrectionComment", "CorrectionComment"], corrections.Select(c => c.GetProperty("@type").GetString()));
        Assert.Equal(["A name was misspelt.", "The date of the <forum> was wrong."], corrections.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(["2019-10-21", "2019-10-22T09:30:00+08:00"], corrections.Select(c => c.GetProperty("datePublished").GetString()));
        Assert.DoesNotContain("<forum>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_records_its_event_and_speakers()
    {
        using var json = JsonDocument.Parse(JsonLd.For(View("transcript"), Facts));
        var root = json.RootElement;

        Assert.Equal("Article", root.GetProperty("@type").GetString());
        Assert.Equal("transcript", root.GetProperty("genre").GetString());
        Assert.Equal("Event", root.GetProperty("about").GetProperty("@type").GetString());
        Assert.Equal("Ren Xianliang", root.GetProperty("mentions")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_speaker_page_is_a_person()
    {
        var facts = Facts with { Person = new JsonLd.PersonFacts("Ren Xianliang", "Vice Minister", "CAC", null, "Bio.") };

        using var json = JsonDocument.Parse(JsonLd.For(View("term"), facts));

        Assert.Equal("Person", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Vice Minister", json.RootElement.GetProperty("jobTitle").GetString());
        Assert.Equal("CAC", json.RootElement.GetProperty("affiliation").GetProperty("name").GetString());
    }

    [Fact]
    public void A_title_cannot_close_the_script_element()
    {
        var text = JsonLd.For(View("article", "</script><script>alert(1)</script>"), Facts);

        Assert.DoesNotContain("</script>", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("</script><script>alert(1)</script>", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void A_citation_names_speaker_role_transcript_event_date_and_turn_url()
    {
        var line = Citation.For("en", "Ren Xianliang", "Vice Minister", "Press conference", "2017 WIC", "16 November 2017", "https://x.org/en/transcripts/t/#ren-xianliang-2");

        Assert.Equal("Ren Xianliang, Vice Minister, “Press conference”, 2017 WIC, 16 November 2017. https://x.org/en/transcripts/t/#ren-xianliang-2", line);
        Assert.Equal("任贤良，《发布会》。https://x.org/zh/t/#a", Citation.For("zh", "任贤良", null, "发布会", null, null, "https://x.org/zh/t/#a"));
    }
}
