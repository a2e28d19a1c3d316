using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Translations;
using WuzhenSite.SiteData;
using WuzhenSite.SiteData.Related;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.Core.Tests.SiteData.Related;

/// <summary>
/// Related stories are chosen by the weight of the speakers, forums, tags and event two stories
/// share, newest first among equals, in the page's own language, never the page or its translations,
/// the same whatever order the pages come in, and the same as comparing every pair.
/// </summary>
public sealed class RelatedFinderTests
{
    private static readonly RelatedWeights Weights = new();

    private static RelatedPages Find(IReadOnlyList<ContentPage> content, int count = 4, RelatedWeights? weights = null, IReadOnlyList<ContentPage>? profiles = null)
    {
        var terms = TermIndex.Build(profiles ?? [], content, "en");
        var (translations, _) = TranslationLinker.Link(content);
        var index = new SiteIndex(
            SitePages.Build(content, terms, TestSettings.EnglishAndChinese),
            translations.ToImmutableDictionary(StringComparer.Ordinal),
            terms,
            FeedPlan.Build(content, terms));
        return new RelatedFinder(count, weights ?? Weights).Find(index, ["en", "zh"]);
    }

    private static string[] Slugs(RelatedPages related, ContentPage page) => [.. related.Of(page).Select(p => p.Slug)];

    [Fact]
    public void A_shared_speaker_counts_more_than_a_shared_tag_and_a_tag_more_than_the_event()
    {
        var page = TestPages.Article("page", speakers: ["Ren Xianliang"], tags: ["Data"], eventName: "2021 Summit");
        var bySpeaker = TestPages.Article("by-speaker", date: "2020-01-01", speakers: ["Ren Xianliang"]);
        var byTag = TestPages.Article("by-tag", date: "2020-01-02", tags: ["Data"]);
        var byEvent = TestPages.Article("by-event", date: "2020-01-03", eventName: "2021 Summit");
        var unrelated = TestPages.Article("unrelated", date: "2024-01-01", tags: ["Other"]);

        var related = Find([page, byEvent, byTag, unrelated, bySpeaker]);

        Assert.Equal(["by-speaker", "by-tag", "by-event"], Slugs(related, page));
    }

    [Fact]
    public void Scores_add_up_over_every_shared_term()
    {
        var page = TestPages.Article("page", speakers: ["Ren Xianliang"], forums: ["Digital Silk Road"], tags: ["Data", "Cables"]);
        var twoTags = TestPages.Article("two-tags", tags: ["Data", "Cables"]); // 160
        var speaker = TestPages.Article("speaker", speakers: ["Ren Xianliang"]); // 100
        var forumAndTag = TestPages.Article("forum-and-tag", date: "2021-09-28", forums: ["Digital Silk Road"], tags: ["Data"]); // 160, newer

        var related = Find([page, speaker, twoTags, forumAndTag]);

        Assert.Equal(["forum-and-tag", "two-tags", "speaker"], Slugs(related, page));
    }

    [Fact]
    public void The_weights_come_from_the_settings_and_a_weight_of_zero_leaves_a_kind_out()
    {
        var page = TestPages.Article("page", speakers: ["Ren Xianliang"], tags: ["Data"], eventName: "2021 Summit");
        var bySpeaker = TestPages.Article("by-speaker", speakers: ["Ren Xianliang"]);
        var byTag = TestPages.Article("by-tag", tags: ["Data"]);
        var byEvent = TestPages.Article("by-event", eventName: "2021 Summit");

        var related = Find([page, bySpeaker, byTag, byEvent], weights: new RelatedWeights { Speakers = 1, Tags = 5, Forums = 2, Event = 0 });

        Assert.Equal(["by-tag", "by-speaker"], Slugs(related, page));
    }

    [Fact]
    public void Among_equal_scores_the_newest_comes_first_then_the_url()
    {
        var page = TestPages.Article("page", date: "2021-01-01", tags: ["Data"]);
        var older = TestPages.Article("older", date: "2019-05-01", tags: ["Data"]);
        var newer = TestPages.Article("newer", date: "2023-05-01", tags: ["Data"]);
        var sameDayB = TestPages.Article("same-day-b", date: "2020-05-01", tags: ["Data"]);
        var sameDayA = TestPages.Article("same-day-a", date: "2020-05-01", tags: ["Data"]);

        var related = Find([page, older, sameDayB, newer, sameDayA]);

        Assert.Equal(["newer", "same-day-a", "same-day-b", "older"], Slugs(related, page));
    }

    [Fact]
    public void Related_stories_are_in_the_pages_language_and_never_the_page_or_its_translations()
    {
        var english = TestPages.Article("opening", tags: ["Data"]);
        var chinese = TestPages.Article("opening", language: "zh", tags: ["Data"]);
        var otherEnglish = TestPages.Article("other", date: "2020-01-01", tags: ["Data"]);
        var otherChinese = TestPages.Article("other", language: "zh", date: "2020-01-01", tags: ["Data"]);
        // The same translation key in one language is an error of the build; even so it is never offered.
        var sameKey = TestPages.Article("copy", tags: ["Data"]) with { TranslationKey = english.TranslationKey };

        var related = Find([english, chinese, otherEnglish, otherChinese, sameKey]);

        Assert.Equal(["other"], Slugs(related, english));
        Assert.Equal([otherChinese], related.Of(chinese));
        Assert.All(related.Of(english), p => Assert.Equal("en", p.Language));
    }

    [Fact]
    public void Every_spelling_of_a_speaker_with_a_profile_is_one_term()
    {
        var profile = TestPages.Profile(ContentKind.SpeakerProfile, "ren-xianliang", "Ren Xianliang", "en", "任贤良", "Mr. Ren");
        var page = TestPages.Article("page", speakers: ["Ren Xianliang"]);
        var byAlias = TestPages.Article("by-alias", speakers: ["Mr. Ren"]);

        var related = Find([page, byAlias], profiles: [profile]);

        Assert.Equal(["by-alias"], Slugs(related, page));
    }

    [Fact]
    public void RelatedCount_caps_the_list_at_the_best_stories()
    {
        var page = TestPages.Article("page", speakers: ["Ren Xianliang"], tags: ["Data"]);
        var best = TestPages.Article("best", date: "2010-01-01", speakers: ["Ren Xianliang"], tags: ["Data"]);
        var others = Enumerable.Range(1, 9).Select(i => TestPages.Article($"other-{i}", date: $"2020-01-0{i}", tags: ["Data"])).ToList();

        var related = Find([page, best, .. others], count: 2);

        Assert.Equal(["best", "other-9"], Slugs(related, page));
    }

    [Fact]
    public void A_count_of_zero_chooses_none()
    {
        var page = TestPages.Article("page", tags: ["Data"]);
        var other = TestPages.Article("other", tags: ["Data"]);

        var related = Find([page, other], count: 0);

        Assert.Empty(related.Of(page));
        Assert.Equal(0, related.Count);
    }

    [Fact]
    public void A_story_sharing_nothing_has_no_related_stories_and_plain_pages_are_never_offered()
    {
        var lonely = TestPages.Article("lonely", tags: ["Alone"]);
        var plain = TestPages.Article("about", tags: ["Data"]) with { Kind = ContentKind.Page };
        var page = TestPages.Article("page", tags: ["Data"]);

        var related = Find([lonely, plain, page]);

        Assert.Empty(related.Of(lonely));
        Assert.Empty(related.Of(page));
        Assert.Empty(related.Of(plain));
    }

    [Fact]
    public void The_lists_are_the_same_whatever_order_the_pages_come_in()
    {
        var content = Corpus(seed: 7, stories: 300);
        var shuffled = content.OrderBy(_ => Random.Shared.Next()).ToList();

        var first = Find(content);
        var second = Find(shuffled);

        foreach (var page in content)
        {
            Assert.Equal(first.Of(page).Select(p => p.SourcePath), second.Of(page).Select(p => p.SourcePath));
        }
    }

    [Fact]
    public void The_lists_are_those_comparing_every_pair_would_give_also_when_a_term_is_on_more_stories_than_the_common_limit()
    {
        // Every story shares the one event, so its posting is common and not walked in full.
        var content = Corpus(seed: 11, stories: RelatedFinder.CommonTermStories + 200);

        var related = Find(content);

        foreach (var page in content.Where(p => p.Language == "en").Take(300))
        {
            Assert.Equal(EveryPair(content, page, 4), related.Of(page).Select(p => p.SourcePath));
        }
    }

    /// <summary>Stories in two languages, a few speakers and many tags each, all of one event.</summary>
    private static List<ContentPage> Corpus(int seed, int stories)
    {
        var random = new Random(seed);
        var content = new List<ContentPage>();
        for (var i = 0; i < stories; i++)
        {
            var speakers = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"Speaker {random.Next(40)}").ToArray();
            var tags = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"Tag {random.Next(150)}").ToArray();
            var forums = random.Next(3) == 0 ? [] : new[] { $"Forum {random.Next(30)}" };
            var date = new DateTime(2017, 1, 1).AddDays(random.Next(0, 30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            content.Add(TestPages.Article($"story-{i}", "en", date, speakers, forums, tags, "2021 Summit"));
            if (i % 5 == 0)
            {
                content.Add(TestPages.Article($"story-{i}", "zh", date, speakers, forums, tags, "2021 Summit"));
            }
        }

        return content;
    }

    /// <summary>The reference: every other story of the language scored against the page, sorted.</summary>
    private static IEnumerable<string> EveryPair(IReadOnlyList<ContentPage> content, ContentPage page, int count)
    {
        HashSet<string> Terms(ContentPage p) =>
        [
            .. p.Meta.Speakers.Select(s => "s:" + s.Name), .. p.Meta.Forums.Select(f => "f:" + f), .. p.Meta.Tags.Select(t => "t:" + t),
            .. p.Meta.Event is { } e ? new[] { "e:" + e } : [],
        ];
        int Weight(string term) => term[0] switch { 's' => Weights.Speakers, 'f' => Weights.Forums, 't' => Weights.Tags, _ => Weights.Event };

        var own = Terms(page);
        return content
            .Where(p => p.Language == page.Language && p.TranslationKey != page.TranslationKey)
            .Select(p => (Page: p, Score: Terms(p).Where(own.Contains).Sum(Weight)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Page.Date?.Value)
            .ThenBy(c => c.Page.Url, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Page.SourcePath);
    }
}
