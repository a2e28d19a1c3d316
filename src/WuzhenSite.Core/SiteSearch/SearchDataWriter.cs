using System.Globalization;
using System.Text.Json;
using WuzhenSite.Content;
using WuzhenSite.Output;
using WuzhenSite.Search;

namespace WuzhenSite.SiteSearch;

/// <summary>
/// Writes what the search page reads beside the Lunr index, for one language:
/// <list type="bullet">
/// <item><c>search.json</c>: where the index and the rest are, and the filter choices (speakers, forums, years, types);</item>
/// <item><c>store/N.json</c>: what a result shows (URL, title, type, date and day, speaker, excerpt), in chunks of
/// <see cref="StoreChunkSize"/> entries, so a page of results fetches only the chunks it shows. Results are
/// spread over the whole site, so a page of ten results touches up to ten chunks: small chunks keep that
/// to a few kilobytes each, where large chunks made a first page of results fetch most of the store (docs/performance.md);</item>
/// <item><c>facets.json</c>: per entry its type, year, speakers, forums and day, fetched with the first query (for the filters' counts, the date range and the date sorts).</item>
/// </list>
/// An entry's position is its ref in base 36 (<see cref="SearchRefs"/>). Pure: bytes in, bytes out.
/// </summary>
public static class SearchDataWriter
{
    /// <summary>Entries per store file (a transcript and its turns are about ten entries).</summary>
    public const int StoreChunkSize = 10;

    /// <summary>Where store chunk N is, relative to the meta file (<c>{n}</c> is the chunk's number).</summary>
    public const string StorePattern = "store/{n}.json";

    /// <summary>The file the search page fetches first.</summary>
    public const string MetaFileName = "search.json";

    /// <summary>The facets file.</summary>
    public const string FacetsFileName = "facets.json";

    /// <summary>Type names as the browser sees them, in <see cref="SearchEntryType"/> order.</summary>
    public static readonly IReadOnlyList<string> TypeNames = [PageKinds.Article, PageKinds.Transcript, PageKinds.Turn, PageKinds.Page];

    /// <summary>The store, facets and meta files for <paramref name="entries"/>.</summary>
    /// <param name="language">The language code.</param>
    /// <param name="entries">The entries, in ref order.</param>
    /// <param name="index">How the index is published: its format name and the file the browser opens first.</param>
    /// <param name="speakerNames">Display name by speaker slug (for the filter).</param>
    /// <param name="forumNames">Display name by forum slug (for the filter).</param>
    /// <param name="positions">The index's phrase position files (<see cref="PhrasePositionsWriter"/>); null: none.</param>
    public static IReadOnlyList<SearchFile> Write(string language, IReadOnlyList<SearchEntry> entries, (string Format, string File) index,
        IReadOnlyDictionary<string, string> speakerNames, IReadOnlyDictionary<string, string> forumNames, PhrasePositions? positions = null)
    {
        var speakers = Choices(entries.SelectMany(e => e.SpeakerSlugs), speakerNames);
        var forums = Choices(entries.SelectMany(e => e.ForumSlugs), forumNames);
        var files = new List<SearchFile>();
        for (int start = 0; start < entries.Count; start += StoreChunkSize)
        {
            var path = StorePattern.Replace("{n}", (start / StoreChunkSize).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            files.Add(new SearchFile(path, Json(w => WriteStore(w, entries, start, Math.Min(entries.Count, start + StoreChunkSize)))));
        }

        files.Add(new SearchFile(FacetsFileName, Json(w => WriteFacets(w, entries, speakers, forums))));
        files.Insert(0, new SearchFile(MetaFileName, Json(w => WriteMeta(w, language, entries, index, positions, speakers, forums))));
        return files;
    }

    private static void WriteMeta(Utf8JsonWriter w, string language, IReadOnlyList<SearchEntry> entries, (string Format, string File) index, PhrasePositions? positions,
        List<(string Slug, string Name)> speakers, List<(string Slug, string Name)> forums)
    {
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("language", language);
        w.WriteNumber("count", entries.Count);
        w.WriteStartObject("index");
        w.WriteString("format", index.Format);
        w.WriteString("file", index.File);
        w.WriteEndObject();
        if (positions is not null)
        {
            w.WriteStartObject("positions");
            w.WriteString("format", PhrasePositionsWriter.Format);
            w.WriteNumber("files", positions.FileCount);
            w.WriteNumber("pairedFrom", positions.PairedFrom);
            w.WriteStartArray("common");
            foreach (var term in positions.CommonTerms)
            {
                w.WriteStringValue(term);
            }

            w.WriteEndArray();
            w.WriteString("hash", "fnv1a32-utf16");
            w.WriteString("pattern", PhrasePositionsWriter.Folder + "{n}.bin");
            w.WriteEndObject();
        }

        w.WriteStartObject("store");
        w.WriteNumber("chunk", StoreChunkSize);
        w.WriteString("pattern", StorePattern);
        w.WriteEndObject();
        w.WriteString("facets", FacetsFileName);
        w.WriteStartArray("types");
        foreach (var type in entries.Select(e => e.Type).Distinct().Order())
        {
            w.WriteStringValue(TypeNames[(int)type]);
        }

        w.WriteEndArray();
        WriteChoices(w, "speakers", speakers);
        WriteChoices(w, "forums", forums);
        w.WriteStartArray("years");
        foreach (var year in entries.Select(e => e.Year).Where(y => y > 0).Distinct().OrderDescending())
        {
            w.WriteNumberValue(year);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStore(Utf8JsonWriter w, IReadOnlyList<SearchEntry> entries, int start, int end)
    {
        w.WriteStartArray();
        for (int i = start; i < end; i++)
        {
            var entry = entries[i];
            w.WriteStartObject();
            w.WriteString("url", entry.Url);
            w.WriteString("title", entry.Title);
            w.WriteString("type", TypeNames[(int)entry.Type]);
            if (entry.Date.Length > 0)
            {
                w.WriteString("date", entry.Date);
            }

            if (entry.Day is { } day)
            {
                // For <time datetime> and the date range: the same day in every language, whatever the machine's locale.
                w.WriteString("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (entry.Speaker is { Length: > 0 } speaker)
            {
                w.WriteString("speaker", speaker);
            }

            w.WriteString("excerpt", entry.Excerpt);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// Per entry <c>[type, year, [speaker positions], [forum positions], day]</c>, positions into the meta file's lists;
    /// the day is the integer YYYYMMDD (0: undated), so the page compares and sorts dates as numbers.
    /// </summary>
    private static void WriteFacets(Utf8JsonWriter w, IReadOnlyList<SearchEntry> entries, List<(string Slug, string Name)> speakers, List<(string Slug, string Name)> forums)
    {
        var speakerPositions = Positions(speakers);
        var forumPositions = Positions(forums);
        w.WriteStartArray();
        foreach (var entry in entries)
        {
            w.WriteStartArray();
            w.WriteNumberValue((int)entry.Type);
            w.WriteNumberValue(entry.Year);
            w.WriteStartArray();
            foreach (var slug in entry.SpeakerSlugs)
            {
                w.WriteNumberValue(speakerPositions[slug]);
            }

            w.WriteEndArray();
            w.WriteStartArray();
            foreach (var slug in entry.ForumSlugs)
            {
                w.WriteNumberValue(forumPositions[slug]);
            }

            w.WriteEndArray();
            w.WriteNumberValue(entry.Day is { } day ? day.Year * 10000 + day.Month * 100 + day.Day : 0);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void WriteChoices(Utf8JsonWriter w, string name, List<(string Slug, string Name)> choices)
    {
        w.WriteStartArray(name);
        foreach (var (slug, display) in choices)
        {
            w.WriteStartObject();
            w.WriteString("slug", slug);
            w.WriteString("name", display);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The distinct slugs used, with display names, sorted by name (then slug) for the filter's list.</summary>
    private static List<(string Slug, string Name)> Choices(IEnumerable<string> slugs, IReadOnlyDictionary<string, string> names) =>
        slugs.Distinct(StringComparer.Ordinal)
            .Select(slug => (Slug: slug, Name: names.TryGetValue(slug, out var name) ? name : slug))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, int> Positions(List<(string Slug, string Name)> choices) =>
        choices.Select((c, i) => (c.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);

    private static byte[] Json(Action<Utf8JsonWriter> write) => JsonBytes.Write(write);
}
