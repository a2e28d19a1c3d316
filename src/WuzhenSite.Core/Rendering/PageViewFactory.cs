using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Translations;
using WuzhenSite.Localization;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.Rendering;

/// <summary>
/// Makes the views layouts render from content pages: the page itself, its translations and
/// hreflang alternates, its term links, and the items of lists. Front matter keys the views show
/// as written are not copied here: the views read them from the page's data.
/// </summary>
public sealed class PageViewFactory(SiteSettings settings, LinkBuilder links, TermIndex terms)
{
    /// <summary>The view of an article, transcript or plain page.</summary>
    public PageView ForContent(ContentPage page, TranslationSet? translations, IReadOnlyDictionary<string, object?>? data = null)
    {
        var language = settings.FindLanguage(page.Language) ?? settings.DefaultLanguageSettings;
        return new PageView
        {
            Meta = page.Meta,
            Kind = PageKinds.Of(page.Kind),
            Layout = page.Meta.Layout ?? PageKinds.Of(page.Kind),
            Title = page.Title,
            Url = links.Link(page.Url),
            Permalink = links.Absolute(page.Url),
            Lang = page.Language,
            Dir = language.Direction,
            Description = page.Meta.Description ?? page.Summary,
            ContentFrom = () => page.Html,
            Summary = page.Summary,
            DateDisplay = page.Date is { } date ? DateFormatter.Format(date, language.Culture) : "",
            DateIso = page.Date is { } iso ? DateFormatter.Iso(iso) : "",
            UpdatedDisplay = page.Updated is { } updated ? DateFormatter.Format(updated, language.Culture) : "",
            UpdatedIso = page.Updated is { } updatedIso ? DateFormatter.Iso(updatedIso) : "",
            Corrections = [.. page.Meta.Corrections.Select(c => new CorrectionView(DateFormatter.Format(c.Date, language.Culture), DateFormatter.Iso(c.Date), c.Note))],
            ReadingMinutes = page.ReadingMinutes,
            Image = page.Cover?.Src ?? ImageUrl(page.Meta.Image),
            ImageAlt = page.Meta.ImageAlt,
            Cover = page.Cover,
            Forums = TermLinks(page, TermKind.Forum),
            Speakers = SpeakerLinks(page),
            Tags = TermLinks(page, TermKind.Tag),
            Event = EventLink(page),
            Translations = Translations(page.Language, translations?.ByLanguage.ToDictionary(p => p.Key, p => (p.Value.Url, p.Value.Title))),
            Alternates = Alternates(translations?.ByLanguage.ToDictionary(p => p.Key, p => p.Value.Url)),
            Params = page.Meta.Extra,
            Data = data ?? new Dictionary<string, object?>(),
        };
    }

    /// <summary>A page as an item of a list.</summary>
    public ItemView Item(ContentPage page)
    {
        var language = settings.FindLanguage(page.Language) ?? settings.DefaultLanguageSettings;
        return new ItemView
        {
            Meta = page.Meta,
            Title = page.Title,
            Url = links.Link(page.Url),
            Kind = PageKinds.Of(page.Kind),
            Summary = page.Summary,
            DateDisplay = page.Date is { } date ? DateFormatter.Format(date, language.Culture) : "",
            DateIso = page.Date is { } iso ? DateFormatter.Iso(iso) : "",
            UpdatedIso = page.Updated is { } updated ? DateFormatter.Iso(updated) : "",
            Image = page.Cover?.Src ?? ImageUrl(page.Meta.Image),
            ImageAlt = page.Meta.ImageAlt,
            Cover = page.Cover,
            ReadingMinutes = page.ReadingMinutes,
            Speakers = SpeakerLinks(page),
            Forums = TermLinks(page, TermKind.Forum),
            Event = EventLink(page),
        };
    }

    /// <summary>
    /// The language switcher: for each configured language, this page's translation (site path and
    /// title), or that language's home when there is none, so the switcher never leads nowhere.
    /// </summary>
    public IReadOnlyList<TranslationView> Translations(string currentLanguage, IReadOnlyDictionary<string, (string Url, string Title)>? available)
    {
        var result = new List<TranslationView>(settings.Languages.Count);
        foreach (var language in settings.Languages)
        {
            if (available is not null && available.TryGetValue(language.Code, out var translation))
            {
                result.Add(new TranslationView(language.Code, language.Name, links.Link(translation.Url), translation.Title, false, language.Code == currentLanguage));
            }
            else
            {
                result.Add(new TranslationView(language.Code, language.Name, links.Link(SitePaths.Home(language.Code)),
                    language.SiteTitle ?? settings.SiteTitle, true, language.Code == currentLanguage));
            }
        }

        return result;
    }

    /// <summary>
    /// hreflang alternates for a page that exists in more than one language: one per language (this
    /// page included) and <c>x-default</c> on the default language's version (or the first one).
    /// </summary>
    public IReadOnlyList<AlternateView> Alternates(IReadOnlyDictionary<string, string>? urlsByLanguage)
    {
        if (urlsByLanguage is null || urlsByLanguage.Count < 2)
        {
            return [];
        }

        var result = new List<AlternateView>(urlsByLanguage.Count + 1);
        foreach (var language in settings.Languages)
        {
            if (urlsByLanguage.TryGetValue(language.Code, out var url))
            {
                result.Add(new AlternateView(language.Code, links.Absolute(url)));
            }
        }

        var fallback = urlsByLanguage.TryGetValue(settings.DefaultLanguage, out var defaultUrl) ? defaultUrl : urlsByLanguage[result[0].Hreflang];
        result.Add(new AlternateView("x-default", links.Absolute(fallback)));
        return result;
    }

    /// <summary>A link to a term's page in a language.</summary>
    public LinkView TermLink(TermKind kind, string name, string language, string? role = null)
    {
        var term = terms.Resolve(kind, name);
        return term is null
            ? new LinkView(name, "", role)
            : new LinkView(term.NameIn(language), links.Link(TermKinds.TermUrl(kind, language, term.Slug)), role);
    }

    private List<LinkView> TermLinks(ContentPage page, TermKind kind)
    {
        var names = kind == TermKind.Forum ? page.Meta.Forums : page.Meta.Tags;
        return names.Select(name => TermLink(kind, name, page.Language)).ToList();
    }

    private LinkView? EventLink(ContentPage page) => page.Meta.Event is { } name ? TermLink(TermKind.Event, name, page.Language) : null;

    private List<LinkView> SpeakerLinks(ContentPage page) =>
        page.Meta.Speakers.Select(s => TermLink(TermKind.Speaker, s.Name, page.Language, s.Role)).ToList();

    private string? ImageUrl(string? image) =>
        image is null ? null : image.StartsWith('/') && !image.StartsWith("//", StringComparison.Ordinal) ? links.Link(image) : image;
}
