using System.Globalization;
using System.Text;
using System.Text.Json;
using WuzhenSite.SiteSearch;

namespace WuzhenSite.Core.Tests.SiteSearch;

public sealed class SearchDataWriterTests
{
    private static SearchEntry Entry(int i, SearchEntryType type = SearchEntryType.Article, string[]? speakers = null, string[]? forums = null, int year = 2019) => new()
    {
        Type = type,
        Url = $"/en/news/n{i}/",
        Title = $"Title {i}",
        Date = "20 October 2019",
        Year = year,
        Excerpt = $"Excerpt {i}",
        SpeakerSlugs = [.. speakers ?? []],
        ForumSlugs = [.. forums ?? []],
        Fields = new Dictionary<string, string?>(),
    };

    private static Dictionary<string, string> Names(params (string Slug, string Name)[] names) => names.ToDictionary(n => n.Slug, n => n.Name);

    private static IReadOnlyList<SearchFile> Write(IReadOnlyList<SearchEntry> entries) =>
        SearchDataWriter.Write("en", entries, ("single", "index.json"),
            Names(("ren", "Ren Xianliang"), ("ge", "Ge Huijun")), Names(("econ", "Digital Economy")));

    private static JsonElement Parse(IReadOnlyList<SearchFile> files, string path) =>
        JsonDocument.Parse(files.Single(f => f.RelativePath == path).Content).RootElement;

    [Fact]
    public void The_store_is_split_into_chunks_and_each_entry_is_found_at_its_position()
    {
        var entries = Enumerable.Range(0, SearchDataWriter.StoreChunkSize + 7).Select(i => Entry(i)).ToList();

        var files = Write(entries);

        var meta = Parse(files, "search.json");
        Assert.Equal(entries.Count, meta.GetProperty("count").GetInt32());
        Assert.Equal("store/{n}.json", meta.GetProperty("store").GetProperty("pattern").GetString());
        Assert.Equal(SearchDataWriter.StoreChunkSize, meta.GetProperty("store").GetProperty("chunk").GetInt32());
        Assert.Equal(["search.json", "store/0.json", "store/1.json", "facets.json"], files.Select(f => f.RelativePath));
        Assert.Equal(7, Parse(files, "store/1.json").GetArrayLength());
        var last = Parse(files, "store/1.json")[6];
        Assert.Equal($"/en/news/n{entries.Count - 1}/", last.GetProperty("url").GetString());
        Assert.Equal("article", last.GetProperty("type").GetString());
    }

    [Fact]
    public void Facets_point_into_the_speaker_and_forum_lists_of_the_meta_file()
    {
        var entries = new[]
        {
            Entry(0, SearchEntryType.Turn, speakers: ["ren"], forums: ["econ"], year: 2017),
            Entry(1, SearchEntryType.Article, speakers: ["ge", "ren"]),
        };

        var files = Write(entries);

        var meta = Parse(files, "search.json");
        var speakers = meta.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["ge", "ren"], speakers); // sorted by display name
        Assert.Equal([2019, 2017], meta.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(["article", "turn"], meta.GetProperty("types").EnumerateArray().Select(y => y.GetString()));

        var facets = Parse(files, "facets.json");
        Assert.Equal((int)SearchEntryType.Turn, facets[0][0].GetInt32());
        Assert.Equal(2017, facets[0][1].GetInt32());
        Assert.Equal([speakers.IndexOf("ren")], facets[0][2].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal([0], facets[0][3].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal(2, facets[1][2].GetArrayLength());
    }

    [Fact]
    public void The_day_is_stored_as_an_invariant_iso_date_and_faceted_as_yyyymmdd_whatever_the_machines_culture()
    {
        var entries = new[] { Entry(0) with { Day = new DateOnly(2019, 10, 20) }, Entry(1) with { Date = "", Day = null } };
        var culture = CultureInfo.CurrentCulture;
        IReadOnlyList<SearchFile> files;
        try
        {
            // A culture with another calendar and other digits would write neither form.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            files = Write(entries);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var store = Parse(files, "store/0.json");
        Assert.Equal("2019-10-20", store[0].GetProperty("day").GetString());
        Assert.Equal("20 October 2019", store[0].GetProperty("date").GetString());
        Assert.False(store[1].TryGetProperty("day", out _));
        Assert.False(store[1].TryGetProperty("date", out _));
        var facets = Parse(files, "facets.json");
        Assert.Equal(5, facets[0].GetArrayLength());
        Assert.Equal(20191020, facets[0][4].GetInt32());
        Assert.Equal(0, facets[1][4].GetInt32());
    }

    [Fact]
    public void Markup_in_titles_is_escaped_in_the_json_and_chinese_stays_readable()
    {
        var entry = Entry(0) with { Title = "</script><script>alert(1)</script>", Excerpt = "数字丝绸之路" };

        var files = Write([entry]);

        var raw = Encoding.UTF8.GetString(files.Single(f => f.RelativePath == "store/0.json").Content.Span);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.Contains("数字丝绸之路", raw, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(1)</script>", Parse(files, "store/0.json")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes()
    {
        var entries = Enumerable.Range(0, 20).Select(i => Entry(i, speakers: i % 2 == 0 ? ["ren"] : ["ge"])).ToList();

        var first = Write(entries);
        var second = Write(entries);

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span)));
    }
}
