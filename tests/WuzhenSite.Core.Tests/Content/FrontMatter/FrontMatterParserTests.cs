using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Core.Tests.Content.FrontMatter;

public sealed class FrontMatterParserTests
{
    private static (FrontMatterData Data, IReadOnlyList<WuzhenSite.Engine.Diagnostics.Diagnostic> Diagnostics) Parse(string yaml) =>
        FrontMatterParser.Parse(new FrontMatterSplit(yaml, 2, "", 10), "news/a.md");

    [Fact]
    public void Reads_every_key_of_the_contract()
    {
        var (data, diagnostics) = Parse("""
            title: Summit opens
            date: 2021-09-26T09:30:00+08:00
            summary: Short.
            forums: [Digital Economy Forum, Cyberspace Governance Forum]
            speakers:
              - Ren Xianliang
              - {name: Hu Kaihong, role: Spokesperson}
            tags: [5G, governance]
            event: 2021 World Internet Conference Wuzhen Summit
            author: News desk
            editor: A. Editor
            source: Conference press office
            location: Wuzhen
            slug: summit-opens
            draft: true
            publishDate: 2021-09-25
            expiryDate: 2031-01-01
            translationKey: opening
            aliases: [/2021/old.html]
            image: /assets/images/a.svg
            imageAlt: The hall
            type: article
            lang: en
            layout: special
            custom: kept
            nested: {a: 1}
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("Summit opens", data.Title);
        Assert.Equal(new DateTimeOffset(2021, 9, 26, 9, 30, 0, TimeSpan.FromHours(8)), data.Date!.Value.Value);
        Assert.True(data.Date.Value.HasTime);
        Assert.Equal("Short.", data.Summary);
        Assert.Equal(["Digital Economy Forum", "Cyberspace Governance Forum"], data.Forums);
        Assert.Equal([new SpeakerReference("Ren Xianliang", null, 7), new SpeakerReference("Hu Kaihong", "Spokesperson", 8)], data.Speakers);
        Assert.Equal(["5G", "governance"], data.Tags);
        Assert.Equal("2021 World Internet Conference Wuzhen Summit", data.Event);
        Assert.Equal(("News desk", "A. Editor", "Conference press office", "Wuzhen"), (data.Author, data.Editor, data.Source, data.Location));
        Assert.Equal("summit-opens", data.Slug);
        Assert.True(data.Draft);
        Assert.False(data.PublishDate!.Value.HasTime);
        Assert.Equal(2031, data.ExpiryDate!.Value.Value.Year);
        Assert.Equal("opening", data.TranslationKey);
        Assert.Equal(["/2021/old.html"], data.Aliases);
        Assert.Equal(("/assets/images/a.svg", "The hall"), (data.Image, data.ImageAlt));
        Assert.Equal(("article", "en", "special"), (data.Type, data.Lang, data.Layout));
        Assert.Equal("kept", data.Extra["custom"]);
        Assert.IsType<Dictionary<string, object?>>(data.Extra["nested"]);
    }

    [Fact]
    public void Reads_profile_keys()
    {
        var (data, diagnostics) = Parse("name: Ren Xianliang\naliases: [任贤良, Mr. Ren]\nrole: Vice minister\naffiliation: CAC\nphoto: /p.svg\ndescription: D\nvenue: Hall\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("Ren Xianliang", "Vice minister", "CAC", "/p.svg", "D", "Hall"), (data.Name, data.Role, data.Affiliation, data.Photo, data.Description, data.Venue));
        Assert.Equal(["任贤良", "Mr. Ren"], data.Aliases);
    }

    [Fact]
    public void Broken_yaml_names_the_file_line_and_column_in_the_source_file()
    {
        var (_, diagnostics) = Parse("title: A\ntags: [one, two\ndate: 2021-01-01\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("news/a.md", error.File);
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.True(error.Column > 0);
        Assert.Contains("not valid YAML", error.Message);
        Assert.NotNull(error.Fix);
    }

    [Theory]
    [InlineData("date: 2021-02-30", 2)]
    [InlineData("date: yesterday", 2)]
    [InlineData("date: 27/09/2021", 2)]
    [InlineData("title: A\npublishDate: 2021-13-01", 3)]
    public void An_impossible_or_unparsable_date_names_its_line_and_the_allowed_forms(string yaml, int line)
    {
        var (_, diagnostics) = Parse(yaml);

        var error = Assert.Single(diagnostics);
        Assert.Equal(line, error.Line);
        Assert.Contains("not a valid date", error.Message);
        Assert.Contains("YYYY-MM-DD", error.Fix);
    }

    [Theory]
    [InlineData("2021-09-27", false)]
    [InlineData("2021-09-27T10:30:00+08:00", true)]
    [InlineData("2021-09-27T10:30+08:00", true)]
    [InlineData("2021-09-27T02:30:00Z", true)]
    [InlineData("2021-09-27 10:30:00+08:00", true)]
    public void Accepts_the_date_forms_of_the_contract(string text, bool hasTime)
    {
        var date = FrontMatterDateParser.TryParse(text);

        Assert.NotNull(date);
        Assert.Equal(hasTime, date.Value.HasTime);
        Assert.Equal(new DateOnly(2021, 9, 27), date.Value.Day);
    }

    [Fact]
    public void Wrong_shapes_are_reported_and_parsing_goes_on()
    {
        var (data, diagnostics) = Parse("title: [a, b]\ntags: {a: b}\ndraft: maybe\nspeakers: [{role: Host}]\nevent: E\n");

        Assert.Equal(4, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("'title'"));
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("'tags'"));
        Assert.Contains(diagnostics, d => d.Line == 4 && d.Message.Contains("true or false"));
        Assert.Contains(diagnostics, d => d.Message.Contains("no 'name'"));
        Assert.Equal("E", data.Event);
    }

    [Fact]
    public void A_single_value_where_a_list_is_expected_is_a_one_item_list()
    {
        var (data, diagnostics) = Parse("tags: governance\nforums: Digital Economy Forum\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["governance"], data.Tags);
        Assert.Equal(["Digital Economy Forum"], data.Forums);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        var (_, diagnostics) = Parse("title: A\ntitle: B\n");

        // The YAML starts on file line 2, so the second 'title' stands on line 3.
        var error = Assert.Single(diagnostics);
        Assert.Equal(WuzhenSite.Engine.Diagnostics.DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(("news/a.md", 3), (error.File, error.Line));
        Assert.Contains("Duplicate key title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_front_matter_is_empty_data()
    {
        var (data, diagnostics) = Parse("");

        Assert.Empty(diagnostics);
        Assert.Null(data.Title);
    }
}
