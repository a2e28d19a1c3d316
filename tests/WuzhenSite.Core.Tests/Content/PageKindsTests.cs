using System.Text.Json;
using WuzhenSite.Content;
using WuzhenSite.Site;
using WuzhenSite.SiteSearch;

namespace WuzhenSite.Core.Tests.Content;

public sealed class PageKindsTests
{
    private static readonly string ThemeStrings = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "themes", "default", "i18n"));

    [Fact]
    public void Every_content_kind_has_a_name_of_its_own()
    {
        var names = Enum.GetValues<ContentKind>().Select(PageKinds.Of).ToList();

        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_type_value_names_the_content_kind_of_that_name_and_only_articles_transcripts_and_pages()
    {
        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            var expected = kind is ContentKind.Article or ContentKind.Transcript or ContentKind.Page ? kind : (ContentKind?)null;
            Assert.Equal(expected, ContentFolders.KindOfType(PageKinds.Of(kind)));
        }
    }

    [Fact]
    public void A_search_entry_s_type_is_the_name_of_its_page_s_kind()
    {
        Assert.Equal(PageKinds.Of(ContentKind.Article), SearchDataWriter.TypeNames[(int)SearchEntryType.Article]);
        Assert.Equal(PageKinds.Of(ContentKind.Transcript), SearchDataWriter.TypeNames[(int)SearchEntryType.Transcript]);
        Assert.Equal(PageKinds.Of(ContentKind.Page), SearchDataWriter.TypeNames[(int)SearchEntryType.Page]);
        Assert.Equal(PageKinds.Turn, SearchDataWriter.TypeNames[(int)SearchEntryType.Turn]);
        Assert.Equal(Enum.GetValues<SearchEntryType>().Length, SearchDataWriter.TypeNames.Count);
    }

    [Fact]
    public void Every_kind_a_reader_sees_labelled_has_its_kind_string_in_every_language_of_the_default_theme()
    {
        // Cards label listed pages by kind, search results label entries by type: both use 'kind_<name>'.
        var labelled = new[] { ContentKind.Article, ContentKind.Transcript, ContentKind.Page }.Select(PageKinds.Of)
            .Concat(SearchDataWriter.TypeNames).Distinct(StringComparer.Ordinal).ToList();
        var files = Directory.GetFiles(ThemeStrings, "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var kind in labelled)
            {
                Assert.True(json.RootElement.TryGetProperty("kind_" + kind, out _), $"{Path.GetFileName(file)} has no 'kind_{kind}'.");
            }
        }
    }

    [Fact]
    public void Every_layout_the_build_requires_besides_base_is_named_after_a_page_kind()
    {
        var kinds = typeof(PageKinds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

        Assert.All(SiteBuilder.RequiredLayouts.Where(l => l != "base"), layout => Assert.Contains(layout, kinds));
    }
}
