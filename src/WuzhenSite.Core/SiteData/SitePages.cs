using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData;

/// <summary>
/// The published content pages grouped the ways later pipelines read them, each grouping made once
/// per build: by language in reading order (search), the listed pages of a language and kind newest
/// first (home pages, section lists), each term's pages in a language (term pages), the speakers
/// who spoke in a language, and the order of source paths (redirects). Immutable: pipelines running
/// in parallel share it.
/// </summary>
public sealed class SitePages
{
    private readonly ImmutableDictionary<string, ImmutableArray<ContentPage>> _inLanguage;
    private readonly ImmutableDictionary<(string Language, ContentKind? Kind), ImmutableArray<ContentPage>> _listed;
    private readonly ImmutableDictionary<string, ImmutableArray<ContentPage>> _transcriptsNewestFirst;
    private readonly ImmutableDictionary<(Term Term, string Language), ImmutableArray<ContentPage>> _ofTerm;
    private readonly ImmutableHashSet<(string Slug, string Language)> _spokeIn;
    private readonly ImmutableDictionary<(string Language, ContentKind Kind), ImmutableArray<YearOfPages>> _years;

    private SitePages(
        ImmutableArray<ContentPage> all,
        ImmutableArray<ContentPage> bySourcePath,
        ImmutableArray<ContentPage> transcripts,
        ImmutableDictionary<string, ImmutableArray<ContentPage>> inLanguage,
        ImmutableDictionary<(string, ContentKind?), ImmutableArray<ContentPage>> listed,
        ImmutableDictionary<string, ImmutableArray<ContentPage>> transcriptsNewestFirst,
        ImmutableDictionary<(Term, string), ImmutableArray<ContentPage>> ofTerm,
        ImmutableHashSet<(string, string)> spokeIn,
        ImmutableDictionary<(string, ContentKind), ImmutableArray<YearOfPages>> years)
    {
        All = all;
        BySourcePath = bySourcePath;
        Transcripts = transcripts;
        _inLanguage = inLanguage;
        _listed = listed;
        _transcriptsNewestFirst = transcriptsNewestFirst;
        _ofTerm = ofTerm;
        _spokeIn = spokeIn;
        _years = years;
    }

    /// <summary>The kinds that have a section list of their own (news, transcripts); the home page lists every kind but pages.</summary>
    public static ImmutableArray<ContentKind> SectionKinds { get; } = [ContentKind.Article, ContentKind.Transcript];

    /// <summary>Every published content page, in the Content pipeline's order.</summary>
    public ImmutableArray<ContentPage> All { get; }

    /// <summary>Every published content page by source path (ordinal).</summary>
    public ImmutableArray<ContentPage> BySourcePath { get; }

    /// <summary>Every transcript (a page with turns), in the Content pipeline's order.</summary>
    public ImmutableArray<ContentPage> Transcripts { get; }

    /// <summary>The pages of a language, in the Content pipeline's order.</summary>
    public ImmutableArray<ContentPage> InLanguage(string language) => _inLanguage.GetValueOrDefault(language, []);

    /// <summary>
    /// What a list of <paramref name="language"/> shows, newest first: the pages of <paramref name="kind"/>
    /// (one of <see cref="SectionKinds"/>), or with no kind every page but plain pages (the home page).
    /// </summary>
    public ImmutableArray<ContentPage> Listed(string language, ContentKind? kind) => _listed.GetValueOrDefault((language, kind), []);

    /// <summary>
    /// The years of a section (<paramref name="kind"/> one of <see cref="SectionKinds"/>) in a language that
    /// have pages, newest year first, each with its pages newest first: the year archives. A page's year
    /// is that of its date as written, whatever the offset.
    /// </summary>
    public ImmutableArray<YearOfPages> Years(string language, ContentKind kind) => _years.GetValueOrDefault((language, kind), []);

    /// <summary>The transcripts of a language, newest first (speakers' quotes).</summary>
    public ImmutableArray<ContentPage> TranscriptsNewestFirst(string language) => _transcriptsNewestFirst.GetValueOrDefault(language, []);

    /// <summary>The pages of a language that name <paramref name="term"/> (a name or alias that resolves to it), newest first.</summary>
    public ImmutableArray<ContentPage> OfTerm(Term term, string language) => _ofTerm.GetValueOrDefault((term, language), []);

    /// <summary>True when a speaker has a turn in a transcript of <paramref name="language"/>.</summary>
    public bool SpokeIn(string speakerSlug, string language) => _spokeIn.Contains((speakerSlug, language));

    /// <summary>Groups <paramref name="content"/> (in the Content pipeline's order) for the languages of <paramref name="settings"/>.</summary>
    public static SitePages Build(IReadOnlyList<ContentPage> content, TermIndex terms, SiteSettings settings)
    {
        var inLanguage = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ContentPage>>(StringComparer.Ordinal);
        var listed = ImmutableDictionary.CreateBuilder<(string, ContentKind?), ImmutableArray<ContentPage>>();
        var transcripts = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ContentPage>>(StringComparer.Ordinal);
        var years = ImmutableDictionary.CreateBuilder<(string, ContentKind), ImmutableArray<YearOfPages>>();
        foreach (var language in settings.Languages.Select(l => l.Code))
        {
            var pages = content.Where(p => p.Language == language).ToImmutableArray();
            inLanguage[language] = pages;
            listed[(language, null)] = [.. pages.Where(p => p.Kind != ContentKind.Page).Order(NewestFirst.Instance)];
            foreach (var kind in SectionKinds)
            {
                listed[(language, kind)] = [.. pages.Where(p => p.Kind == kind).Order(NewestFirst.Instance)];
                years[(language, kind)] = [.. listed[(language, kind)]
                    .Where(p => p.Date is not null)
                    .GroupBy(p => p.Date!.Value.Day.Year)
                    .OrderByDescending(g => g.Key)
                    .Select(g => new YearOfPages(g.Key, [.. g]))];
            }

            transcripts[language] = [.. pages.Where(p => p.Transcript is not null).Order(NewestFirst.Instance)];
        }

        return new SitePages(
            [.. content],
            [.. content.OrderBy(p => p.SourcePath, StringComparer.Ordinal)],
            [.. content.Where(p => p.Transcript is not null)],
            inLanguage.ToImmutable(),
            listed.ToImmutable(),
            transcripts.ToImmutable(),
            OfTerms(terms, content),
            SpeakersWithTurns(content),
            years.ToImmutable());
    }

    private static ImmutableDictionary<(Term, string), ImmutableArray<ContentPage>> OfTerms(TermIndex terms, IEnumerable<ContentPage> content)
    {
        var result = new Dictionary<(Term, string), List<ContentPage>>();
        foreach (var page in content)
        {
            var seen = new HashSet<Term>();
            foreach (var (kind, name) in TermIndex.NamesIn(page))
            {
                if (terms.Resolve(kind, name) is not { } term || !seen.Add(term))
                {
                    continue;
                }

                if (!result.TryGetValue((term, page.Language), out var list))
                {
                    result[(term, page.Language)] = list = [];
                }

                list.Add(page);
            }
        }

        return result.ToImmutableDictionary(p => p.Key, p => p.Value.Order(NewestFirst.Instance).ToImmutableArray());
    }

    private static ImmutableHashSet<(string, string)> SpeakersWithTurns(IEnumerable<ContentPage> content)
    {
        var result = ImmutableHashSet.CreateBuilder<(string, string)>();
        foreach (var page in content)
        {
            foreach (var turn in page.Transcript?.Turns ?? [])
            {
                if (turn.SpeakerSlug is { } slug)
                {
                    result.Add((slug, page.Language));
                }
            }
        }

        return result.ToImmutable();
    }
}
