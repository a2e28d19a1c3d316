using WuzhenSite.Content;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData;

/// <summary>
/// Which feeds a build has and what goes in each: per language, its articles and transcripts; per
/// forum and speaker, the ones that name them, in that language. Term pages link a feed only when
/// this plan has it, so the link and the file always agree.
/// </summary>
public sealed class FeedPlan
{
    private readonly Dictionary<string, List<ContentPage>> _byLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<(TermKind Kind, string Language, string Slug), List<ContentPage>> _byTerm = [];

    private FeedPlan()
    {
    }

    /// <summary>The language feeds' items (most recently published or changed first: <see cref="LatestChangeFirst"/>), by language code.</summary>
    public IReadOnlyDictionary<string, List<ContentPage>> ByLanguage => _byLanguage;

    /// <summary>The term feeds' items (most recently published or changed first: <see cref="LatestChangeFirst"/>), by term and language.</summary>
    public IReadOnlyDictionary<(TermKind Kind, string Language, string Slug), List<ContentPage>> ByTerm => _byTerm;

    /// <summary>True when a forum or speaker has a feed in a language.</summary>
    public bool HasTermFeed(TermKind kind, string language, string slug) => _byTerm.ContainsKey((kind, language, slug));

    /// <summary>The plan for the published <paramref name="content"/>.</summary>
    public static FeedPlan Build(IEnumerable<ContentPage> content, TermIndex terms)
    {
        var plan = new FeedPlan();
        foreach (var page in content.Where(p => p.Kind is ContentKind.Article or ContentKind.Transcript).Order(LatestChangeFirst.Instance))
        {
            Add(plan._byLanguage, page.Language, page);
            var names = page.Meta.Forums.Select(f => (TermKind.Forum, f)).Concat(page.Meta.Speakers.Select(s => (TermKind.Speaker, s.Name)));
            foreach (var slug in names.Select(n => terms.Resolve(n.Item1, n.Item2)).OfType<Term>().Select(t => (t.Kind, t.Slug)).Distinct())
            {
                Add(plan._byTerm, (slug.Kind, page.Language, slug.Slug), page);
            }
        }

        return plan;
    }

    private static void Add<TKey>(Dictionary<TKey, List<ContentPage>> map, TKey key, ContentPage page)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(page);
    }
}
