using System.Collections.Immutable;
using System.Globalization;
using WuzhenSite.Content;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Rendering;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.SiteSearch;

/// <summary>
/// Turns one language's published pages into search entries: one per article, transcript and
/// page, and one per transcript turn, so a journalist's hit can be the exact turn. Pure: the same
/// pages give the same entries in the same order (newest first, then by URL; a transcript's turns
/// right after it).
/// </summary>
public sealed class SearchEntries(TermIndex terms, LinkBuilder links, CultureInfo culture)
{
    /// <summary>Longest stored excerpt text, in characters; the browser cuts its snippet from it.</summary>
    public const int MaxExcerptLength = 600;

    /// <summary>The entries for <paramref name="pages"/> (all of one language).</summary>
    public IReadOnlyList<SearchEntry> For(IEnumerable<ContentPage> pages)
    {
        var ordered = pages
            .Where(p => p.Kind is ContentKind.Article or ContentKind.Transcript or ContentKind.Page)
            .OrderByDescending(p => p.Date?.Value)
            .ThenBy(p => p.Url, StringComparer.Ordinal);

        var entries = new List<SearchEntry>();
        foreach (var page in ordered)
        {
            entries.Add(ForPage(page));
            if (page.Transcript is { } transcript)
            {
                foreach (var turn in transcript.Turns)
                {
                    entries.Add(ForTurn(page, turn));
                }
            }
        }

        return entries;
    }

    private SearchEntry ForPage(ContentPage page)
    {
        var speakers = Resolved(TermKind.Speaker, page.Meta.Speakers.Select(s => s.Name));
        var forums = Resolved(TermKind.Forum, page.Meta.Forums);
        return new SearchEntry
        {
            Type = page.Kind switch
            {
                ContentKind.Article => SearchEntryType.Article,
                ContentKind.Transcript => SearchEntryType.Transcript,
                _ => SearchEntryType.Page,
            },
            Url = links.Link(page.Url),
            Title = page.Title,
            Date = DateOf(page),
            Year = page.Date?.Value.Year ?? 0,
            Day = page.Date?.Day,
            Excerpt = Cut(page.Summary.Length > 0 ? page.Summary : page.Text),
            SpeakerSlugs = [.. speakers.Select(t => t.Slug)],
            ForumSlugs = [.. forums.Select(t => t.Slug)],
            // A transcript's words are indexed once, in its turns (each its own entry); indexing them
            // again on the page would double the index (Chinese: every character pair is a term).
            Fields = Fields(page, Spellings(speakers), page.Transcript is { } transcript ? transcript.IntroductionText : page.Text),
        };
    }

    private SearchEntry ForTurn(ContentPage page, Turn turn)
    {
        var speaker = turn.SpeakerSlug is { } slug ? terms.BySlug(TermKind.Speaker, slug) : null;
        var forums = Resolved(TermKind.Forum, page.Meta.Forums);
        return new SearchEntry
        {
            Type = SearchEntryType.Turn,
            Url = links.Link(page.Url) + "#" + turn.Id,
            Title = page.Title,
            Date = DateOf(page),
            Year = page.Date?.Value.Year ?? 0,
            Day = page.Date?.Day,
            Speaker = speaker?.NameIn(page.Language) ?? turn.Label,
            Excerpt = Cut(turn.Text),
            SpeakerSlugs = speaker is null ? [] : [speaker.Slug],
            ForumSlugs = [.. forums.Select(t => t.Slug)],
            Fields = Fields(page, speaker is null ? turn.Label : Spellings([speaker]), turn.Text),
        };
    }

    private Dictionary<string, string?> Fields(ContentPage page, string speakers, string body) => new(StringComparer.Ordinal)
    {
        [SearchFields.Title] = page.Title,
        [SearchFields.Speakers] = speakers,
        [SearchFields.Forums] = Names(TermKind.Forum, page.Meta.Forums, page.Language),
        [SearchFields.Tags] = Names(TermKind.Tag, page.Meta.Tags, page.Language),
        [SearchFields.Event] = page.Meta.Event is { } name ? Names(TermKind.Event, [name], page.Language) : null,
        [SearchFields.Body] = body,
    };

    private List<Term> Resolved(TermKind kind, IEnumerable<string> names) =>
        names.Select(name => terms.Resolve(kind, name)).OfType<Term>().DistinctBy(t => t.Slug).ToList();

    /// <summary>Every spelling of the speakers, so <c>speakers:ren</c> and <c>speakers:任贤良</c> both find a speaker.</summary>
    private static string Spellings(IEnumerable<Term> speakers) =>
        string.Join(" ; ", speakers.SelectMany(t => t.Spellings.Prepend(t.CanonicalName)).Distinct(StringComparer.Ordinal));

    /// <summary>The names as the page's language shows them, with the canonical name when it differs.</summary>
    private string Names(TermKind kind, IEnumerable<string> written, string language) =>
        string.Join(" ; ", written.SelectMany(name => terms.Resolve(kind, name) is { } term
            ? new[] { term.NameIn(language), term.CanonicalName }
            : new[] { name }).Distinct(StringComparer.Ordinal));

    private string DateOf(ContentPage page) => page.Date is { } date ? DateFormatter.Format(date, culture) : "";

    private static string Cut(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= MaxExcerptLength)
        {
            return trimmed;
        }

        // Never cut a surrogate pair in half: the JSON writer would reject the lone half.
        int end = char.IsHighSurrogate(trimmed[MaxExcerptLength - 1]) ? MaxExcerptLength - 1 : MaxExcerptLength;
        return trimmed[..end] + "…";
    }
}
