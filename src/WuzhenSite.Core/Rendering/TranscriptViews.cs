using WuzhenSite.Content;
using WuzhenSite.Content.Summaries;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.Rendering;

/// <summary>
/// The transcript parts of views: the participants block and the turns of a transcript page, and
/// the quotes (every turn of one speaker) of a speaker page.
/// </summary>
public sealed class TranscriptViews(LinkBuilder links, TermIndex terms)
{
    /// <summary>Longest excerpt of a turn on a speaker page, in characters.</summary>
    public const int ExcerptLength = 220;

    /// <summary>The layout data of a transcript page: <c>intro_html</c>, <c>participants</c>, <c>turns</c>.</summary>
    /// <param name="page">A rendered transcript.</param>
    /// <param name="culture">The page language's culture, for the date in citations.</param>
    public Dictionary<string, object?> ForTranscript(ContentPage page, System.Globalization.CultureInfo culture)
    {
        var body = page.Transcript!;
        var eventName = page.Meta.Event is { } name ? terms.DisplayName(TermKind.Event, name, page.Language) : null;
        var date = page.Date is { } d ? DateFormatter.Format(d, culture) : null;
        var participants = page.Meta.Speakers.Select(speaker =>
        {
            var term = terms.Resolve(TermKind.Speaker, speaker.Name);
            return new Dictionary<string, object?>
            {
                ["name"] = term?.NameIn(page.Language) ?? speaker.Name,
                ["url"] = term is null ? null : links.Link(TermKinds.TermUrl(TermKind.Speaker, page.Language, term.Slug)),
                ["role"] = speaker.Role,
            };
        }).ToList();

        var turns = body.Turns.Select(turn =>
        {
            var term = turn.SpeakerSlug is null ? null : terms.BySlug(TermKind.Speaker, turn.SpeakerSlug);
            return new Dictionary<string, object?>
            {
                ["id"] = turn.Id,
                ["label"] = turn.Label,
                ["speaker"] = turn.Label,
                ["speaker_url"] = turn.SpeakerSlug is null ? null : links.Link(TermKinds.TermUrl(TermKind.Speaker, page.Language, turn.SpeakerSlug)),
                ["speaker_name"] = term?.NameIn(page.Language) ?? turn.Label,
                ["role"] = turn.Role,
                ["first_appearance"] = turn.FirstAppearance,
                ["html"] = turn.Html,
                ["url"] = links.Link(page.Url) + "#" + turn.Id,
                ["permalink"] = links.Absolute(page.Url) + "#" + turn.Id,
                ["cite"] = Citation.For(page.Language, term?.NameIn(page.Language) ?? turn.Label, turn.Role,
                    page.Title, eventName, date, links.Absolute(page.Url) + "#" + turn.Id),
            };
        }).ToList();

        return new Dictionary<string, object?>
        {
            ["intro_html"] = body.IntroductionHtml,
            ["participants"] = participants,
            ["turns"] = turns,
            ["text_url"] = links.Link(page.Url) + TranscriptTextWriter.FileName,
        };
    }

    /// <summary>
    /// Every speaker's turns in the transcripts given, by speaker slug: newest transcript first, in
    /// speaking order within one. One pass for all speakers, instead of one pass per speaker.
    /// </summary>
    public Dictionary<string, List<Dictionary<string, object?>>> QuotesBySpeaker(IEnumerable<ContentPage> transcriptsNewestFirst, System.Globalization.CultureInfo culture)
    {
        var quotes = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var transcript in transcriptsNewestFirst)
        {
            foreach (var turn in transcript.Transcript?.Turns ?? [])
            {
                if (turn.SpeakerSlug is not { } slug)
                {
                    continue;
                }

                if (!quotes.TryGetValue(slug, out var ofSpeaker))
                {
                    quotes[slug] = ofSpeaker = [];
                }

                ofSpeaker.Add(new Dictionary<string, object?>
                {
                    ["transcript_title"] = transcript.Title,
                    ["transcript_url"] = links.Link(transcript.Url),
                    ["date_display"] = transcript.Date is { } date ? DateFormatter.Format(date, culture) : "",
                    ["date_iso"] = transcript.Date is { } iso ? DateFormatter.Iso(iso) : "",
                    ["role"] = turn.Role,
                    ["excerpt"] = SummaryCutter.Cut(turn.Text, ExcerptLength),
                    ["url"] = links.Link(transcript.Url) + "#" + turn.Id,
                    ["id"] = turn.Id,
                });
            }
        }

        return quotes;
    }
}
