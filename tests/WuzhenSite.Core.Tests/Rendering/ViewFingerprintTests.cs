using System.Collections;
using System.Reflection;
using WuzhenSite.Content.Figures;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;

namespace WuzhenSite.Core.Tests.Rendering;

/// <summary>
/// The preview leaves a page unrendered when its view fingerprint is unchanged, so a view property
/// the fingerprint leaves out would keep a stale page. These tests change each property of each
/// view record in turn, found by reflection, and require the fingerprint to change.
/// </summary>
public sealed class ViewFingerprintTests
{
    private static readonly LinkView Link = new("Harbour", "/en/tags/harbour/", "host", true);
    private static readonly LanguageView Language = new("en", "English", "en-GB", "ltr", "/en/", true, true);

    private static readonly SocialView Social = new()
    {
        OgType = "article", Locale = "en_GB", LocaleAlternates = ["zh_CN"], SiteName = "News", Image = "https://x/i.png",
        ImageAlt = "alt", TwitterCard = "summary", PublishedTime = "2024-01-01", ModifiedTime = "2024-01-02", Feeds = [new FeedLinkView("application/rss+xml", "Feed", "/feed.xml")], JsonLd = "{}",
    };

    private static readonly ItemView Item = new()
    {
        Title = "Opening", Url = "/en/news/opening/", Kind = "article", Summary = "s", DateDisplay = "1 May 2024", DateIso = "2024-05-01", UpdatedIso = "2024-05-02",
        Image = "/i.png", ImageAlt = "alt", ReadingMinutes = 2, Speakers = [Link], Forums = [Link], Event = Link,
    };

    private static readonly PageView Page = new()
    {
        Kind = "article", Layout = "article", Title = "Opening", Url = "/en/news/opening/", Permalink = "https://x/en/news/opening/", Lang = "en", Dir = "ltr",
        Description = "d", Content = "<p>Body</p>", Summary = "s", DateDisplay = "1 May 2024", DateIso = "2024-05-01", UpdatedDisplay = "2 May 2024", UpdatedIso = "2024-05-02",
        Corrections = [new CorrectionView("2 May 2024", "2024-05-02", "A name was misspelt.")], ReadingMinutes = 3,
        Meta = new FrontMatterData { Author = "A", Editor = "E", Source = "S", Location = "L" },
        Image = "/i.png", ImageAlt = "alt", Forums = [Link], Speakers = [Link], Tags = [Link], Event = Link,
        Translations = [new TranslationView("zh", "中文", "/zh/news/opening/", "开幕", false, false)],
        Alternates = [new AlternateView("en", "https://x/en/news/opening/")],
        Params = new Dictionary<string, object?> { ["colour"] = "blue" },
        Items = [Item],
        Related = [Item],
        Paginator = new PaginatorView(1, 2, null, "/en/news/page/2/", [new PageLinkView(1, "/en/news/", true)], 12),
        Years = [new YearLinkView(2024, "/en/news/2024/", 12, true)],
        Data = new Dictionary<string, object?> { ["turns"] = new List<Dictionary<string, object?>> { new() { ["html"] = "<p>t</p>", ["count"] = 1 } } },
        Social = Social,
    };

    private static readonly SiteView Site = new()
    {
        Title = "News", Description = "d", BaseUrl = "https://x", LinkRoot = "/", Lang = Language, Languages = [Language],
        HomeUrl = "/en/", SearchUrl = "/en/search/", Nav = [Link], Year = 2026, Generator = "WuzhenSite", CustomCss = "/custom.css",
    };

    public static TheoryData<string> Records() => new(Samples().Keys);

    private static Dictionary<string, object> Samples() => new[]
    {
        (object)Page, Item, Site, Social, Link, Language, Page.Paginator!, Page.Paginator!.Pages[0], Page.Translations[0], Page.Alternates[0], Social.Feeds[0], Page.Corrections[0], Page.Years[0],
    }.ToDictionary(r => r.GetType().Name);

    [Fact]
    public void A_hashed_dictionary_counts_by_its_keys_so_the_fingerprint_is_the_same_in_every_process()
    {
        // The manifest keeps fingerprints across builds: an ImmutableDictionary's order depends on the process's string hashing.
        var pairs = Enumerable.Range(0, 50).Select(i => KeyValuePair.Create($"key{i}", (object?)i)).ToList();
        var forwards = Page with { Params = System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, pairs) };
        var sorted = Page with { Params = new SortedDictionary<string, object?>(pairs.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal) };
        var inOrder = Page with { Params = pairs.AsEnumerable().Reverse().ToDictionary(p => p.Key, p => p.Value) };

        Assert.Equal(ViewFingerprint.OfRecord(sorted), ViewFingerprint.OfRecord(forwards));
        Assert.NotEqual(ViewFingerprint.OfRecord(sorted), ViewFingerprint.OfRecord(inOrder)); // a kept order is what a layout's loop sees
    }

    [Fact]
    public void Every_view_record_is_tested()
    {
        var views = typeof(PageView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageView).Namespace && t.IsPublic && t.GetMethod("<Clone>$") is not null)
            .Select(t => t.Name)
            .Order();
        Assert.Equal(views, Samples().Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Changing_any_property_changes_the_fingerprint(string record) => EveryPropertyCounts(Samples()[record], record);

    [Fact]
    public void Changing_any_property_of_a_figure_changes_the_fingerprint() => EveryPropertyCounts(SampleFigure, nameof(Figure));

    private static readonly Figure SampleFigure = new()
    {
        Src = "/assets/img/a-0123456789-800.jpg",
        Width = 800,
        Height = 600,
        Srcset = "/assets/img/a-0123456789-800.jpg 800w",
        MediaType = "image/jpeg",
        Sources = [new FigureSource("image/avif", "/assets/img/a-0123456789-800.avif 800w")],
        Sizes = "100vw",
        Alt = "Alt",
        Caption = "Caption",
        Credit = "Credit",
        Copyright = "Copyright",
        Position = "50% 50%",
        Social = new SocialImage("/assets/img/a-0123456789-social.jpg", 1200, 630),
        Largest = "/assets/img/a-0123456789-800.jpg",
        Html = "<figure></figure>",
    };

    private static void EveryPropertyCounts(object sample, string record)
    {
        var before = ViewFingerprint.OfRecord(sample);
        Assert.NotNull(before);
        foreach (var property in sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead))
        {
            var changed = Clone(sample);
            if (property.CanWrite)
            {
                property.SetValue(changed, Other(property.PropertyType, property.GetValue(sample)));
            }
            else
            {
                // Read-only properties show the front matter (Author => Meta.Author): change it there.
                var meta = changed.GetType().GetProperty("Meta", BindingFlags.NonPublic | BindingFlags.Instance)!;
                var data = Clone(meta.GetValue(changed)!);
                var key = data.GetType().GetProperty(property.Name)!;
                key.SetValue(data, Other(key.PropertyType, key.GetValue(data)));
                meta.SetValue(changed, data);
            }

            Assert.True(!Equals(property.GetValue(sample), property.GetValue(changed)) || property.PropertyType.IsAssignableTo(typeof(IEnumerable)),
                $"{record}.{property.Name} was not changed by the test");
            Assert.True(ViewFingerprint.OfRecord(changed) != before, $"{record}.{property.Name} is not part of the view fingerprint");
        }
    }

    [Fact]
    public void Equal_views_have_equal_fingerprints_and_the_site_and_strings_count()
    {
        var strings = new Dictionary<string, string> { ["read_more"] = "Read more" };
        var fingerprint = ViewFingerprint.Of(Page, Site, strings);
        Assert.Equal(fingerprint, ViewFingerprint.Of(Page with { }, Site with { }, new Dictionary<string, string>(strings)));
        Assert.NotEqual(fingerprint, ViewFingerprint.Of(Page, Site with { Year = 2027 }, strings));
        Assert.NotEqual(fingerprint, ViewFingerprint.Of(Page, Site, new Dictionary<string, string> { ["read_more"] = "More" }));
    }

    [Fact]
    public void A_value_of_an_unknown_type_makes_no_fingerprint_so_the_page_is_always_rendered()
    {
        var page = Page with { Params = new Dictionary<string, object?> { ["odd"] = new Uri("https://example.org/") } };
        Assert.Null(ViewFingerprint.Of(page, Site, new Dictionary<string, string>()));
    }

    [Fact]
    public void Content_made_on_read_is_part_of_the_fingerprint()
    {
        var site = new Dictionary<string, string>();
        var a = Page with { Content = null!, ContentFrom = () => "<p>one</p>" };
        var b = Page with { Content = null!, ContentFrom = () => "<p>two</p>" };
        Assert.NotEqual(ViewFingerprint.Of(a, Site, site), ViewFingerprint.Of(b, Site, site));
    }

    private static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    /// <summary>A value of <paramref name="type"/> other than <paramref name="current"/>.</summary>
    private static object? Other(Type type, object? current)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return current is null ? Other(nullable, null) : null;
        }

        if (type == typeof(string))
        {
            return current is null ? "other" : current + "-other";
        }

        if (type == typeof(int))
        {
            return (int)(current ?? 0) + 1;
        }

        if (type == typeof(bool))
        {
            return !(bool)(current ?? false);
        }

        if (type == typeof(Figure))
        {
            return current is null ? SampleFigure : null;
        }

        if (type == typeof(SocialImage))
        {
            return current is null ? new SocialImage("/other.jpg", 1, 1) : null;
        }

        if (type == typeof(FigureSource))
        {
            return new FigureSource("image/webp", "/other.webp 1w");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, 2);
            items.SetValue(Other(element, null), 0);
            items.SetValue(Other(element, null), 1);
            return typeof(System.Collections.Immutable.ImmutableArray).GetMethods()
                .First(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [items]);
        }

        var samples = Samples();
        if (samples.Values.FirstOrDefault(s => s.GetType() == type) is { } sample)
        {
            return current is null ? sample : null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Other(element, null));
            list.Add(Other(element, null));
            return list;
        }

        if (type == typeof(IReadOnlyDictionary<string, object?>))
        {
            return new Dictionary<string, object?> { ["other"] = "value" };
        }

        throw new InvalidOperationException($"The test has no other value for {type}; add one so the property is checked.");
    }
}
