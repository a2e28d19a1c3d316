using System.Collections.Frozen;
using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData.Related;

/// <summary>
/// Chooses each article's and transcript's related stories in its own language: the stories that
/// share the most weight of speakers, forums, tags and event with it (<see cref="RelatedWeights"/>,
/// one weight per shared term), newest first among equal scores, then by URL, never the page
/// itself or one of its translations. Pure and deterministic.
/// </summary>
/// <remarks>
/// Not every page against every other: an inverted index from each term to the stories carrying
/// it (newest first) is built once per language, and a page's scores are summed over the postings
/// of its own terms only, in a dense array reset after each page; the best few are kept by
/// insertion into a list of <c>count</c>. A term carried by more than <see cref="CommonTermStories"/>
/// stories of a language (a conference edition, a tag on everything) would make that sum cost as
/// much as comparing all pairs, so its posting is not walked in full: it adds its weight to the
/// stories the other terms found, and its newest <c>count</c> other stories join them as candidates.
/// That is exact while two stories share at most one such term, as they share at most one event.
/// </remarks>
public sealed class RelatedFinder(int count, RelatedWeights weights)
{
    /// <summary>A term on more stories of a language than this is common: its posting is not walked in full.</summary>
    public const int CommonTermStories = 1000;

    /// <summary>The related stories of every article and transcript of <paramref name="languages"/>.</summary>
    public RelatedPages Find(SiteIndex index, IEnumerable<string> languages)
    {
        if (count <= 0)
        {
            return RelatedPages.None;
        }

        var result = new Dictionary<string, ImmutableArray<ContentPage>>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var stories = index.Pages.InLanguage(language)
                .Where(p => p.Kind is ContentKind.Article or ContentKind.Transcript)
                .OrderByDescending(p => p.Date?.Value)
                .ThenBy(p => p.Url, StringComparer.Ordinal)
                .ToArray();
            var lists = FindIn(stories, index.Terms);
            for (var rank = 0; rank < stories.Length; rank++)
            {
                if (!lists[rank].IsDefaultOrEmpty)
                {
                    result[stories[rank].SourcePath] = lists[rank];
                }
            }
        }

        return new RelatedPages(result.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The related stories of each of <paramref name="stories"/> (one language, newest first: a story's rank is its place there).</summary>
    private ImmutableArray<ContentPage>[] FindIn(ContentPage[] stories, TermIndex terms)
    {
        var (termsOf, postings, weightOf) = Index(stories, terms);
        // Each story's common terms (usually its event alone), and its translation group as a number.
        var commonOf = termsOf.Select(own => own.Where(t => postings[t].Length > CommonTermStories).ToArray()).ToArray();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = stories.Select(s => groups.TryGetValue(s.TranslationKey, out var group) ? group : groups[s.TranslationKey] = groups.Count).ToArray();
        var lists = new ImmutableArray<ContentPage>[stories.Length];
        Parallel.For(
            0,
            stories.Length,
            () => new Scratch(stories.Length, count),
            (rank, _, scratch) =>
            {
                lists[rank] = Best(rank, termsOf, commonOf, postings, weightOf, keys, scratch).Select(r => stories[r]).ToImmutableArray();
                return scratch;
            },
            _ => { });
        return lists;
    }

    /// <summary>Each story's term numbers (ascending, those with a weight), each term's stories by rank, and each term's weight.</summary>
    private (int[][] TermsOf, int[][] Postings, int[] WeightOf) Index(ContentPage[] stories, TermIndex terms)
    {
        var numbers = new Dictionary<(TermKind, string), int>();
        var postings = new List<List<int>>();
        var weightOf = new List<int>();
        var termsOf = new int[stories.Length][];
        for (var rank = 0; rank < stories.Length; rank++)
        {
            var own = new SortedSet<int>();
            foreach (var (kind, name) in TermIndex.NamesIn(stories[rank]))
            {
                var weight = WeightOf(kind);
                if (weight == 0 || terms.Resolve(kind, name) is not { } term)
                {
                    continue;
                }

                if (!numbers.TryGetValue((kind, term.Slug), out var number))
                {
                    number = numbers[(kind, term.Slug)] = postings.Count;
                    postings.Add([]);
                    weightOf.Add(weight);
                }

                if (own.Add(number))
                {
                    postings[number].Add(rank);
                }
            }

            termsOf[rank] = [.. own];
        }

        return (termsOf, [.. postings.Select(p => p.ToArray())], [.. weightOf]);
    }

    /// <summary>The ranks of the best related stories of the story at <paramref name="rank"/>, best first.</summary>
    private List<int> Best(int rank, int[][] termsOf, int[][] commonOf, int[][] postings, int[] weightOf, int[] keys, Scratch scratch)
    {
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        var common = scratch.Common;
        foreach (var term in termsOf[rank])
        {
            if (postings[term].Length > CommonTermStories)
            {
                common.Add(term);
                continue;
            }

            var weight = weightOf[term];
            foreach (var other in postings[term])
            {
                if (scores[other] == 0)
                {
                    touched.Add(other);
                }

                scores[other] += weight;
            }
        }

        if (common.Count > 0)
        {
            foreach (var other in touched)
            {
                scores[other] += CommonWeight(commonOf[other], common, weightOf);
            }

            foreach (var term in common)
            {
                var taken = 0;
                foreach (var other in postings[term])
                {
                    if (taken == count)
                    {
                        break;
                    }

                    if (scores[other] != 0 || keys[other] == keys[rank])
                    {
                        continue;
                    }

                    scores[other] = CommonWeight(commonOf[other], common, weightOf);
                    touched.Add(other);
                    taken++;
                }
            }
        }

        var best = new List<int>(count);
        foreach (var other in touched)
        {
            if (keys[other] != keys[rank])
            {
                Keep(best, other, scores);
            }
        }

        foreach (var other in touched)
        {
            scores[other] = 0;
        }

        touched.Clear();
        common.Clear();
        return best;
    }

    /// <summary>Puts <paramref name="candidate"/> in its place among the best (higher score first, then lower rank: newer, then URL), keeping at most <c>count</c>.</summary>
    private void Keep(List<int> best, int candidate, int[] scores)
    {
        // Most candidates share one term and lose to the last kept: one comparison.
        if (best.Count == count && !Before(candidate, best[count - 1], scores))
        {
            return;
        }

        var at = best.Count;
        while (at > 0 && Before(candidate, best[at - 1], scores))
        {
            at--;
        }

        if (at >= count)
        {
            return;
        }

        if (best.Count == count)
        {
            best.RemoveAt(count - 1);
        }

        best.Insert(at, candidate);
    }

    private static bool Before(int a, int b, int[] scores) => scores[a] != scores[b] ? scores[a] > scores[b] : a < b;

    /// <summary>The weight of the common terms another story shares with the page: both lists are short (an event each).</summary>
    private static int CommonWeight(int[] commonOfOther, List<int> common, int[] weightOf)
    {
        var sum = 0;
        foreach (var term in commonOfOther)
        {
            if (common.Contains(term))
            {
                sum += weightOf[term];
            }
        }

        return sum;
    }

    private int WeightOf(TermKind kind) => kind switch
    {
        TermKind.Speaker => weights.Speakers,
        TermKind.Forum => weights.Forums,
        TermKind.Tag => weights.Tags,
        _ => weights.Event,
    };

    /// <summary>One thread's working memory: a score per story (all zero between pages) and the stories touched.</summary>
    private sealed class Scratch(int stories, int count)
    {
        public int[] Scores { get; } = new int[stories];

        public List<int> Touched { get; } = new(Math.Max(16, count * 8));

        public List<int> Common { get; } = [];
    }
}
