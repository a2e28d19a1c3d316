using System.Reflection;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Rendering.Views;
using WuzhenSite.SiteSearch;

namespace WuzhenSite.Core.Tests.Content.FrontMatter;

/// <summary>
/// A key is declared once, in <see cref="FrontMatterData.KnownKeys"/>: these tests hold the parser,
/// the data's properties, the views and the search fields to that one list.
/// </summary>
public sealed class FrontMatterKeysTests
{
    /// <summary>The data's key properties: all but the unknown keys and the lines kept for later checks.</summary>
    private static readonly PropertyInfo[] KeyProperties = typeof(FrontMatterData)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != nameof(FrontMatterData.Extra) && !p.Name.EndsWith("Line", StringComparison.Ordinal))
        .ToArray();

    /// <summary>The view properties of a key the views show under other names than its own.</summary>
    private static readonly Dictionary<string, string[]> ShownAs = new(StringComparer.Ordinal)
    {
        ["date"] = [nameof(PageView.DateDisplay), nameof(PageView.DateIso)],
        ["updated"] = [nameof(PageView.UpdatedDisplay), nameof(PageView.UpdatedIso)],
    };

    public static TheoryData<string> KeyNames => [.. FrontMatterData.KnownKeys.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(KeyNames))]
    public void Every_declared_key_is_known_to_the_parser_and_read_into_the_property_of_its_name(string name)
    {
        var key = FrontMatterData.KnownKeys.Single(k => k.Name == name);

        var (data, diagnostics) = FrontMatterParser.Parse(new FrontMatterSplit($"{name}: {Sample(key.Shape)}\n", 2, "", 4), "news/a.md");

        Assert.Empty(diagnostics);
        Assert.Empty(data.Extra);
        var changed = KeyProperties.Where(p => !Equals(p.GetValue(data), p.GetValue(FrontMatterData.Empty))).Select(p => p.Name);
        Assert.Equal([Pascal(name)], changed);
    }

    [Fact]
    public void Every_key_property_of_the_data_has_its_declared_key()
    {
        Assert.Equal(KeyProperties.Select(p => p.Name).Order(StringComparer.Ordinal),
            FrontMatterData.KnownKeys.Select(k => Pascal(k.Name)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Key_names_are_unique()
    {
        Assert.Equal(FrontMatterData.KnownKeys.Length, FrontMatterData.KnownKeys.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_key_spelled_in_another_case_is_not_a_declared_key_and_stays_in_params()
    {
        var (data, diagnostics) = FrontMatterParser.Parse(new FrontMatterSplit("Title: Summit\n", 2, "", 4), "news/a.md");

        Assert.Empty(diagnostics);
        Assert.Null(data.Title);
        Assert.Equal("Summit", data.Extra["Title"]);
    }

    [Fact]
    public void The_keys_marked_for_the_page_view_are_the_ones_it_has_a_property_for()
    {
        AssertShownOn(typeof(PageView), FrontMatterUse.PageView);
    }

    [Fact]
    public void The_keys_marked_for_the_item_view_are_the_ones_it_has_a_property_for()
    {
        AssertShownOn(typeof(ItemView), FrontMatterUse.ItemView);
    }

    [Fact]
    public void The_keys_marked_searchable_are_the_search_index_fields_besides_the_body()
    {
        var searchable = FrontMatterData.KnownKeys.Where(k => k.Use.HasFlag(FrontMatterUse.SearchField)).Select(k => k.Name);

        Assert.Equal(SearchFields.All.Select(f => f.Name).Where(n => n != SearchFields.Body).Order(StringComparer.Ordinal),
            searchable.Order(StringComparer.Ordinal));
    }

    /// <summary>A key shows on a view when the view has a public property of its name, or of one of the names it shows as.</summary>
    private static void AssertShownOn(Type view, FrontMatterUse use)
    {
        var properties = view.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in FrontMatterData.KnownKeys)
        {
            var names = ShownAs.TryGetValue(key.Name, out var others) ? others : [Pascal(key.Name)];
            var shown = names.Any(properties.Contains);
            Assert.True(key.Use.HasFlag(use) == shown,
                shown ? $"{view.Name} shows '{key.Name}', which is not marked {use}." : $"'{key.Name}' is marked {use}, but {view.Name} has no property for it.");
        }
    }

    private static string Sample(FrontMatterShape shape) => shape switch
    {
        FrontMatterShape.Text => "some text",
        FrontMatterShape.Boolean => "true",
        FrontMatterShape.Date => "2021-09-27",
        FrontMatterShape.TextList => "[one, two]",
        FrontMatterShape.Speakers => "[Ren Xianliang]",
        FrontMatterShape.Corrections => "[{date: 2021-09-28, note: A name was misspelt}]",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    private static string Pascal(string key) => char.ToUpperInvariant(key[0]) + key[1..];
}
