using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Taxonomies;
using WuzhenSite.Theming;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;

namespace WuzhenSite.Lists;

/// <summary>
/// Makes the tag pages: for each forum, speaker, tag and event, a paged list of its documents in each
/// language (newest first), enriched by its profile; and for each kind an index of all terms with counts.
/// </summary>
public sealed class GenerateTermPages(SiteSettings settings, LinkBuilder links, UiStrings strings) : IModule
{
    /// <summary>Metadata key of the <see cref="Term"/> a tag page is about.</summary>
    public const string TermKey = "Term";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var terms = SiteIndex.From(context).Terms;
        var factory = new PageViewFactory(settings, links, terms);
        var pages = SiteIndex.From(context).Pages;
        var transcripts = new TranscriptViews(links, terms);
        var quotesByLanguage = settings.Languages.ToDictionary(
            l => l.Code,
            l => transcripts.QuotesBySpeaker(pages.TranscriptsNewestFirst(l.Code), l.Culture));

        // Every term page of every kind and language is independent of the others: made in
        // parallel, collected in the fixed order (kind, language, term) so output never varies.
        var work = new List<(TermKind Kind, LanguageSettings Language, Term Term)>();
        foreach (var kind in TermKinds.All)
        {
            foreach (var language in settings.Languages)
            {
                foreach (var term in terms.OfKind(kind))
                {
                    if (HasPage(term, language.Code, pages))
                    {
                        work.Add((kind, language, term));
                    }
                }
            }
        }

        var made = context.MapInOrder(work, item =>
        {
            var (kind, language, term) = item;
            var items = pages.OfTerm(term, language.Code);
            var quotes = kind == TermKind.Speaker
                ? quotesByLanguage[language.Code].GetValueOrDefault(term.Slug) ?? []
                : null;
            var others = settings.Languages.Where(l => HasPage(term, l.Code, pages)).ToDictionary(
                l => l.Code,
                l => (TermKinds.TermUrl(kind, l.Code, term.Slug), pages.OfTerm(term, l.Code).Length));
            return (Count: items.Length, Pages: TermPages(factory, term, language, items, others, quotes).ToList());
        });

        var result = ImmutableArray.CreateBuilder<Document>();
        int next = 0;
        foreach (var kind in TermKinds.All)
        {
            foreach (var language in settings.Languages)
            {
                var listed = new List<(Term Term, int Count)>();
                for (; next < work.Count && work[next].Kind == kind && work[next].Language == language; next++)
                {
                    listed.Add((work[next].Term, made[next].Count));
                    result.AddRange(made[next].Pages);
                }

                result.Add(IndexPage(factory, kind, language, listed));
            }
        }

        return Task.FromResult(inputs.AddRange(result));
    }

    /// <summary>A term has a page in a language when documents of that language carry it, it has a profile there, or (speakers) it spoke there.</summary>
    private static bool HasPage(Term term, string language, SitePages pages) =>
        term.ProfileByLanguage.ContainsKey(language)
        || pages.OfTerm(term, language).Length > 0
        || (term.Kind == TermKind.Speaker && pages.SpokeIn(term.Slug, language));

    private IEnumerable<Document> TermPages(PageViewFactory factory, Term term, LanguageSettings language, IReadOnlyList<ContentPage> items,
        Dictionary<string, (string FirstUrl, int Count)> others, List<Dictionary<string, object?>>? quotes)
    {
        var firstUrl = TermKinds.TermUrl(term.Kind, language.Code, term.Slug);
        var profile = term.ProfileIn(language.Code, settings.DefaultLanguage);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["term_kind"] = TermKinds.Folder(term.Kind),
            ["profile"] = profile is null ? null : ProfileData(profile, language),
            ["index_url"] = links.Link(TermKinds.IndexUrl(term.Kind, language.Code)),
            ["quotes"] = quotes,
        };
        foreach (var page in Paginator.Paginate(items, settings.PageSize, firstUrl, links.Link))
        {
            var view = new PageView
            {
                Kind = PageKinds.Term,
                Layout = PageKinds.Term,
                Title = term.NameIn(language.Code),
                Url = links.Link(page.Url),
                Permalink = links.Absolute(page.Url),
                Lang = language.Code,
                Dir = language.Direction,
                Description = profile?.Meta.Description ?? profile?.Summary ?? term.NameIn(language.Code),
                Image = profile?.Meta.Photo is { } photo ? links.Link(photo) : null,
                ImageAlt = term.NameIn(language.Code),
                Items = page.Items.Select(factory.Item).ToList(),
                Paginator = page.View,
                Translations = factory.Translations(language.Code, PagedTranslations.ForSwitcher(others, page.Number, settings.PageSize, term.NameIn(language.Code))),
                Alternates = factory.Alternates(PagedTranslations.ForAlternates(others, page.Number, settings.PageSize)),
                Data = data,
            };
            yield return Document.Create(destination: SitePaths.Destination(page.Url)).With(Keys.View, view).With(TermKey, term);
        }
    }

    private Document IndexPage(PageViewFactory factory, TermKind kind, LanguageSettings language, List<(Term Term, int Count)> listed)
    {
        var t = strings.For(language.Code);
        var url = TermKinds.IndexUrl(kind, language.Code);
        var title = t.TryGetValue("nav_" + TermKinds.Folder(kind), out var label) ? label : TermKinds.Folder(kind);
        var entries = listed
            .OrderBy(e => e.Term.NameIn(language.Code), StringComparer.Create(language.Culture, ignoreCase: true))
            .ThenBy(e => e.Term.Slug, StringComparer.Ordinal)
            .Select(e => new Dictionary<string, object?>
            {
                ["name"] = e.Term.NameIn(language.Code),
                ["url"] = links.Link(TermKinds.TermUrl(kind, language.Code, e.Term.Slug)),
                ["count"] = e.Count,
            })
            .ToList();
        var urls = settings.Languages.ToDictionary(l => l.Code, l => TermKinds.IndexUrl(kind, l.Code));
        var view = new PageView
        {
            Kind = PageKinds.Terms,
            Layout = PageKinds.Terms,
            Title = title,
            Url = links.Link(url),
            Permalink = links.Absolute(url),
            Lang = language.Code,
            Dir = language.Direction,
            Description = title,
            Translations = factory.Translations(language.Code, urls.ToDictionary(p => p.Key, p => (p.Value, title))),
            Alternates = factory.Alternates(urls),
            Data = new Dictionary<string, object?> { ["terms"] = entries, ["term_kind"] = TermKinds.Folder(kind) },
        };
        return Document.Create(destination: SitePaths.Destination(url)).With(Keys.View, view);
    }

    private Dictionary<string, object?> ProfileData(ContentPage profile, LanguageSettings language) => new(StringComparer.Ordinal)
    {
        ["name"] = profile.Meta.Name,
        ["role"] = profile.Meta.Role,
        ["affiliation"] = profile.Meta.Affiliation,
        ["photo"] = profile.Meta.Photo is { } photo ? links.Link(photo) : null,
        ["description"] = profile.Meta.Description,
        ["venue"] = profile.Meta.Venue,
        ["date_display"] = profile.Date is { } date ? DateFormatter.Format(date, language.Culture) : null,
        ["bio_html"] = profile.Html,
    };
}
