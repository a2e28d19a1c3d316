using System.Collections.Immutable;
using System.Reflection;
using WuzhenSite.SiteSearch;

namespace WuzhenSite.Core.Tests.SiteSearch;

/// <summary>
/// A full build keeps a language's search files when the fingerprint of their inputs is what the
/// previous build stamped, so an entry property the fingerprint leaves out would keep a stale index.
/// These tests change each property of a search entry in turn, found by reflection.
/// </summary>
public sealed class SearchFingerprintTests
{
    private static readonly SearchEntry Entry = new()
    {
        Type = SearchEntryType.Turn, Url = "/en/transcripts/opening/#host-1", Title = "Opening", Date = "1 May 2024", Year = 2024, Day = new DateOnly(2024, 5, 1),
        Speaker = "Host", Excerpt = "Welcome", SpeakerSlugs = ["host"], ForumSlugs = ["harbour"],
        Fields = new Dictionary<string, string?> { ["title"] = "Opening", ["body"] = "Welcome to the harbour" },
    };

    public static TheoryData<string> Properties() => new(typeof(SearchEntry).GetProperties().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Properties))]
    public void Changing_any_property_of_an_entry_changes_the_fingerprint(string name)
    {
        var property = typeof(SearchEntry).GetProperty(name)!;
        var changed = Entry with { };
        property.SetValue(changed, Other(property.GetValue(Entry)));

        Assert.NotEqual(SearchFingerprint.OfEntry(Entry), SearchFingerprint.OfEntry(changed));
    }

    [Fact]
    public void The_names_the_filters_show_the_threshold_and_the_program_are_part_of_it()
    {
        IReadOnlyDictionary<string, string> names = new Dictionary<string, string> { ["host"] = "Host" };
        IReadOnlyDictionary<string, string> renamed = new Dictionary<string, string> { ["host"] = "The host" };
        var key = SearchFingerprint.Of(1, "en", [Entry], names, names, 1024);

        Assert.Equal(key, SearchFingerprint.Of(1, "en", [Entry with { }], new Dictionary<string, string>(names), names, 1024));
        Assert.NotEqual(key, SearchFingerprint.Of(2, "en", [Entry], names, names, 1024));
        Assert.NotEqual(key, SearchFingerprint.Of(1, "zh", [Entry], names, names, 1024));
        Assert.NotEqual(key, SearchFingerprint.Of(1, "en", [Entry], renamed, names, 1024));
        Assert.NotEqual(key, SearchFingerprint.Of(1, "en", [Entry], names, renamed, 1024));
        Assert.NotEqual(key, SearchFingerprint.Of(1, "en", [Entry], names, names, 2048));
        Assert.NotEqual(key, SearchFingerprint.Of(1, "en", [Entry, Entry], names, names, 1024));
    }

    private static object? Other(object? value) => value switch
    {
        SearchEntryType type => type == SearchEntryType.Article ? SearchEntryType.Page : SearchEntryType.Article,
        string text => text + "!",
        int number => number + 1,
        DateOnly day => day.AddDays(1),
        null => "set",
        ImmutableArray<string> items => items.Add("more"),
        IReadOnlyDictionary<string, string?> fields => new Dictionary<string, string?>(fields) { ["body"] = "Other text" },
        _ => throw new InvalidOperationException($"No other value for {value.GetType()}: add one here and to SearchFingerprint."),
    };
}
