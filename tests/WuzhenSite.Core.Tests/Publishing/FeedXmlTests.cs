using System.Xml.Linq;
using WuzhenSite.Publishing.Feeds;

namespace WuzhenSite.Core.Tests.Publishing;

public sealed class FeedXmlTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static Feed Sample(string title = "Opening <script>alert(1)</script> & more") => new()
    {
        Id = "https://news.example.org/en/feed.xml",
        Title = "Test News",
        Subtitle = "News of the test",
        Language = "en",
        SelfUrl = "https://news.example.org/en/feed.xml",
        PageUrl = "https://news.example.org/en/",
        Updated = new DateTimeOffset(2019, 10, 20, 9, 0, 0, TimeSpan.FromHours(8)),
        Entries =
        [
            new FeedEntry
            {
                Id = "tag:news.example.org,2019-10-20:/en/news/opening/",
                Title = title,
                Url = "https://news.example.org/en/news/opening/",
                Published = new DateTimeOffset(2019, 10, 20, 9, 0, 0, TimeSpan.FromHours(8)),
                Updated = new DateTimeOffset(2019, 10, 20, 9, 0, 0, TimeSpan.FromHours(8)),
                Summary = "The summit opened.",
                Authors = ["News Desk"],
                Categories = ["5G", "governance"],
            },
        ],
    };

    [Fact]
    public void Atom_has_the_required_elements_with_absolute_urls()
    {
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedXml.Atom(Sample()))).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://news.example.org/en/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2019-10-20T01:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://news.example.org/en/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entry = feed.Element(Atom + "entry")!;
        Assert.Equal("tag:news.example.org,2019-10-20:/en/news/opening/", entry.Element(Atom + "id")!.Value);
        Assert.Equal("Opening <script>alert(1)</script> & more", entry.Element(Atom + "title")!.Value);
        Assert.StartsWith("https://", entry.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.NotNull(entry.Element(Atom + "updated"));
        Assert.Equal("News Desk", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal(["5G", "governance"], entry.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
        Assert.Equal("The summit opened.", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Markup_in_a_title_is_escaped_in_the_xml()
    {
        var xml = System.Text.Encoding.UTF8.GetString(FeedXml.Atom(Sample()));

        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_has_the_required_channel_and_item_elements()
    {
        var rss = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedXml.Rss(Sample(), "https://news.example.org/en/rss.xml"))).Root!;

        Assert.Equal("2.0", rss.Attribute("version")!.Value);
        var channel = rss.Element("channel")!;
        Assert.Equal("Test News", channel.Element("title")!.Value);
        Assert.Equal("https://news.example.org/en/", channel.Element("link")!.Value);
        Assert.NotEmpty(channel.Element("description")!.Value);
        var item = channel.Element("item")!;
        Assert.Equal("https://news.example.org/en/news/opening/", item.Element("link")!.Value);
        Assert.Equal("Sun, 20 Oct 2019 01:00:00 GMT", item.Element("pubDate")!.Value);
        Assert.Equal("false", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal(2, item.Elements("category").Count());
    }

    [Fact]
    public void A_changed_entry_keeps_its_publication_date_and_says_when_it_changed_in_atom_updated()
    {
        var changed = new DateTimeOffset(2019, 10, 22, 18, 30, 0, TimeSpan.FromHours(8));
        var sample = Sample();
        var feed = sample with { Updated = changed, Entries = [sample.Entries[0] with { Updated = changed }] };

        var atom = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedXml.Atom(feed))).Root!;
        var entry = atom.Element(Atom + "entry")!;
        Assert.Equal("2019-10-20T01:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2019-10-22T10:30:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("2019-10-22T10:30:00Z", atom.Element(Atom + "updated")!.Value);

        var rss = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedXml.Rss(feed, "https://news.example.org/en/rss.xml"))).Root!;
        var item = rss.Element("channel")!.Element("item")!;
        Assert.Equal("Sun, 20 Oct 2019 01:00:00 GMT", item.Element("pubDate")!.Value);
        Assert.Equal("2019-10-22T10:30:00Z", item.Element(Atom + "updated")!.Value);
        Assert.Equal("Tue, 22 Oct 2019 10:30:00 GMT", rss.Element("channel")!.Element("lastBuildDate")!.Value);
    }

    [Fact]
    public void An_unchanged_entry_is_updated_when_published_and_its_rss_item_has_no_atom_updated()
    {
        var atom = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedXml.Atom(Sample()))).Root!;
        Assert.Equal("2019-10-20T01:00:00Z", atom.Element(Atom + "entry")!.Element(Atom + "updated")!.Value);

        var rss = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedXml.Rss(Sample(), "https://news.example.org/en/rss.xml"))).Root!;
        Assert.Null(rss.Element("channel")!.Element("item")!.Element(Atom + "updated"));
    }

    [Fact]
    public void The_same_feed_gives_the_same_bytes() =>
        Assert.Equal(FeedXml.Atom(Sample()), FeedXml.Atom(Sample()));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("bell\u0007 here", "bell here")]
    [InlineData("emoji 😀 kept", "emoji 😀 kept")]
    public void Text_xml_cannot_carry_is_dropped(string text, string expected) => Assert.Equal(expected, XmlText.Clean(text));

    [Fact]
    public void A_lone_surrogate_is_dropped() => Assert.Equal("lone  surrogate", XmlText.Clean("lone " + (char)0xD800 + " surrogate"));
}
