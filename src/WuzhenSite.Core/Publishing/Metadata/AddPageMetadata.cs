using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Lists;
using WuzhenSite.Publishing.Feeds;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;

namespace WuzhenSite.Publishing.Metadata;

/// <summary>
/// Gives every rendered page its <see cref="SocialView"/> (Open Graph, Twitter card, feed links,
/// JSON-LD) before layouts run; the base layout writes it into the head.
/// </summary>
public sealed class AddPageMetadata(SiteSettings settings, LinkBuilder links) : IModule
{
    private readonly string _origin = new Uri(settings.BaseUrl).GetLeftPart(UriPartial.Authority);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var plan = SiteIndex.From(context).Feeds;
        var result = context.MapInOrder(inputs, document => document.Get<PageView>(Keys.View) is { } view
            ? document.With(Keys.View, view with { Social = Social(view, document.Get<Term>(GenerateTermPages.TermKey), plan) })
            : document);
        return Task.FromResult(result.ToImmutableArray());
    }

    private SocialView Social(PageView view, Term? term, FeedPlan plan)
    {
        var language = settings.FindLanguage(view.Lang) ?? settings.DefaultLanguageSettings;
        var siteName = language.SiteTitle ?? settings.SiteTitle;
        var logo = links.Absolute("assets/img/mark.svg");
        var cover = view.Cover;
        var social = cover?.Social;
        var image = social is not null ? Absolute(social.Src) : view.Image is { Length: > 0 } own ? Absolute(own) : null;
        var person = term is { Kind: TermKind.Speaker } ? PersonOf(term, view.Lang) : null;
        var coverFacts = cover is { Width: > 0 }
            ? new JsonLd.CoverFacts(Absolute(cover.Src), cover.Width, cover.Height, cover.Caption, cover.Credit, cover.Copyright, social is null ? null : Absolute(social.Src))
            : null;
        var facts = new JsonLd.Facts(siteName, logo, image,
            view.Kind == PageKinds.Home ? links.Absolute(SitePaths.Search(view.Lang)) + "?q={search_term_string}" : null, person, coverFacts);
        return new SocialView
        {
            OgType = PageKinds.IsNewsDocument(view.Kind) ? "article" : person is not null ? "profile" : "website",
            Locale = OgLocale(language),
            LocaleAlternates = view.Alternates
                .Where(a => a.Hreflang != "x-default" && a.Hreflang != view.Lang)
                .Select(a => settings.FindLanguage(a.Hreflang) is { } other ? OgLocale(other) : a.Hreflang)
                .ToList(),
            SiteName = siteName,
            Image = image ?? logo,
            ImageAlt = image is null ? siteName : NonEmpty(view.ImageAlt) ?? cover?.Caption ?? view.Title,
            ImageWidth = social?.Width ?? 0,
            ImageHeight = social?.Height ?? 0,
            TwitterCard = image is null ? "summary" : "summary_large_image",
            PublishedTime = PageKinds.IsNewsDocument(view.Kind) ? view.DateIso : "",
            ModifiedTime = PageKinds.IsNewsDocument(view.Kind) ? view.UpdatedIso : "",
            Feeds = Feeds(view, term, plan, siteName),
            JsonLd = JsonLd.For(view, facts),
        };
    }

    private List<FeedLinkView> Feeds(PageView view, Term? term, FeedPlan plan, string siteName)
    {
        var feeds = new List<FeedLinkView>();
        if (term is not null && plan.HasTermFeed(term.Kind, view.Lang, term.Slug))
        {
            feeds.Add(new FeedLinkView("application/atom+xml", $"{term.NameIn(view.Lang)} · {siteName}", links.Link(FeedPaths.Term(term.Kind, view.Lang, term.Slug))));
        }

        if (plan.ByLanguage.ContainsKey(view.Lang))
        {
            feeds.Add(new FeedLinkView("application/atom+xml", $"{siteName} (Atom)", links.Link(FeedPaths.Atom(view.Lang))));
            feeds.Add(new FeedLinkView("application/rss+xml", $"{siteName} (RSS)", links.Link(FeedPaths.Rss(view.Lang))));
        }

        return feeds;
    }

    private JsonLd.PersonFacts PersonOf(Term term, string language)
    {
        var profile = term.ProfileIn(language, settings.DefaultLanguage);
        return new JsonLd.PersonFacts(
            term.NameIn(language),
            profile?.Meta.Role,
            profile?.Meta.Affiliation,
            profile?.Meta.Photo is { } photo ? Absolute(links.Link(photo)) : null,
            profile?.Meta.Description ?? (profile?.Summary is { Length: > 0 } summary ? summary : null));
    }

    /// <summary>An absolute URL from a link as pages write it (root-relative, already under LinkRoot).</summary>
    private string Absolute(string link) =>
        link.Contains("://", StringComparison.Ordinal) ? link : _origin + (link.StartsWith('/') ? link : "/" + link);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string OgLocale(LanguageSettings language) => (language.Locale ?? language.Code).Replace('-', '_');
}
