using System.Collections.Immutable;
using System.Globalization;
using WuzhenSite.Content;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.SiteSearch;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.Core.Tests.SiteSearch;

public sealed class SearchEntriesTests
{
    private static readonly LinkBuilder Links = new(TestSettings.EnglishAndChinese);

    private static SearchEntries Entries(params ContentPage[] pages) =>
        new(TermIndex.Build(
            [TestPages.Profile(ContentKind.SpeakerProfile, "ren-xianliang", "Ren Xianliang", "en", "Ren X."),
             TestPages.Profile(ContentKind.SpeakerProfile, "ren-xianliang", "任贤良", "zh")],
            pages, "en"), Links, CultureInfo.GetCultureInfo("en-GB"));

    private static ContentPage Transcript() => TestPages.Article("briefing", speakers: ["Ren Xianliang"], forums: ["Digital Economy"], tags: ["5G"]) with
    {
        Kind = ContentKind.Transcript,
        Url = "/en/transcripts/briefing/",
        Text = "Opening words. Roads and harbours.",
        Transcript = new TranscriptBody("<p>Opening words.</p>",
        [
            new Turn { Id = "moderator-1", Label = "Moderator", Line = 10, Html = "<p>Welcome.</p>", Text = "Welcome." },
            new Turn { Id = "ren-xianliang-1", Label = "Ren Xianliang", Line = 12, SpeakerSlug = "ren-xianliang", Html = "<p>Roads and harbours.</p>", Text = "Roads and harbours." },
        ], "Opening words."),
    };

    [Fact]
    public void A_transcript_gives_one_entry_for_the_page_and_one_per_turn_with_the_turn_anchor()
    {
        var entries = Entries(Transcript()).For([Transcript()]);

        Assert.Equal([SearchEntryType.Transcript, SearchEntryType.Turn, SearchEntryType.Turn], entries.Select(e => e.Type));
        Assert.Equal("/en/transcripts/briefing/#ren-xianliang-1", entries[2].Url);
        Assert.Equal("Ren Xianliang", entries[2].Speaker);
        Assert.Equal(["ren-xianliang"], entries[2].SpeakerSlugs);
        Assert.Equal("Roads and harbours.", entries[2].Fields[SearchFields.Body]);
        Assert.Equal("Roads and harbours.", entries[2].Excerpt);
        Assert.Equal(2021, entries[2].Year);
    }

    [Fact]
    public void A_transcripts_own_entry_indexes_its_introduction_and_leaves_the_spoken_words_to_its_turns()
    {
        var page = Entries(Transcript()).For([Transcript()])[0];

        Assert.Equal("Opening words.", page.Fields[SearchFields.Body]);
        Assert.Equal(["ren-xianliang"], page.SpeakerSlugs);
    }

    [Fact]
    public void A_turn_without_a_known_speaker_shows_its_label_and_matches_no_speaker_filter()
    {
        var moderator = Entries(Transcript()).For([Transcript()])[1];

        Assert.Equal("Moderator", moderator.Speaker);
        Assert.Empty(moderator.SpeakerSlugs);
        Assert.Equal("Moderator", moderator.Fields[SearchFields.Speakers]);
    }

    [Fact]
    public void The_speakers_field_holds_every_spelling_so_field_queries_work_in_both_languages()
    {
        var turn = Entries(Transcript()).For([Transcript()])[2];

        var speakers = turn.Fields[SearchFields.Speakers]!;
        Assert.Contains("Ren Xianliang", speakers, StringComparison.Ordinal);
        Assert.Contains("任贤良", speakers, StringComparison.Ordinal);
        Assert.Contains("Ren X.", speakers, StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_carry_their_transcripts_title_forums_tags_and_event()
    {
        var turn = Entries(Transcript()).For([Transcript()])[2];

        Assert.Equal("briefing", turn.Title);
        Assert.Equal("briefing", turn.Fields[SearchFields.Title]);
        Assert.Equal("Digital Economy", turn.Fields[SearchFields.Forums]);
        Assert.Equal("5G", turn.Fields[SearchFields.Tags]);
        Assert.Equal(["digital-economy"], turn.ForumSlugs);
    }

    [Fact]
    public void Entries_are_newest_first_and_leave_out_profiles()
    {
        var older = TestPages.Article("older", date: "2017-12-03") with { Text = "a" };
        var newer = TestPages.Article("newer", date: "2019-10-20") with { Text = "b" };
        var profile = TestPages.Profile(ContentKind.SpeakerProfile, "someone", "Someone");

        var entries = Entries().For([older, profile, newer]);

        Assert.Equal(["/en/news/newer/", "/en/news/older/"], entries.Select(e => e.Url));
        Assert.Equal([2019, 2017], entries.Select(e => e.Year));
        Assert.All(entries, e => Assert.Equal(SearchEntryType.Article, e.Type));
    }

    [Fact]
    public void Every_entry_has_the_day_its_page_writes_and_an_undated_page_has_none()
    {
        // Late evening in Beijing is still the 26th there, though it is the 26th's noon in UTC: the day is as written.
        var evening = TestPages.Article("evening", date: "2021-09-26T23:30:00+08:00") with { Text = "a" };
        var undated = TestPages.Article("undated", date: "") with { Text = "b" };

        var entries = Entries(Transcript()).For([evening, undated, Transcript()]);

        Assert.Equal(new DateOnly(2021, 9, 27), entries.Single(e => e.Url == "/en/transcripts/briefing/").Day);
        Assert.All(entries.Where(e => e.Type == SearchEntryType.Turn), e => Assert.Equal(new DateOnly(2021, 9, 27), e.Day));
        Assert.Equal(new DateOnly(2021, 9, 26), entries.Single(e => e.Url == "/en/news/evening/").Day);
        Assert.Null(entries.Single(e => e.Url == "/en/news/undated/").Day);
    }

    [Fact]
    public void Long_text_is_cut_for_the_excerpt_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', SearchEntries.MaxExcerptLength - 1) + "😀" + new string('b', 50);
        var page = TestPages.Article("long") with { Text = text };

        var excerpt = Entries().For([page])[0].Excerpt;

        Assert.Equal(SearchEntries.MaxExcerptLength, excerpt.Length); // 599 letters and the ellipsis
        Assert.EndsWith("a…", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Refs_are_positions_in_base_36()
    {
        Assert.Equal(["0", "9", "a", "z", "10", "2s", "rs"], new[] { 0, 9, 10, 35, 36, 100, 1000 }.Select(SearchRefs.For));
    }
}
