using System.Collections.Immutable;
using System.Globalization;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;

namespace WuzhenSite.Publishing.Feeds;

/// <summary>
/// Writes the feeds of <see cref="FeedPlan"/>: Atom and RSS per language, Atom per forum and speaker,
/// each with the <see cref="SiteSettings.FeedSize"/> most recently published or changed items (so a
/// corrected story comes back into the feed, with its Atom <c>updated</c>), full summaries, authors,
/// categories from tags and absolute URLs.
/// </summary>
public sealed class GenerateFeeds(SiteSettings settings, LinkBuilder links, string generator) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var terms = SiteIndex.From(context).Terms;
        var plan = SiteIndex.From(context).Feeds;
        var jobs = new List<(string Path, Func<byte[]> Write)>();
        foreach (var (language, pages) in plan.ByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var languageSettings = settings.FindLanguage(language) ?? settings.DefaultLanguageSettings;
            var title = languageSettings.SiteTitle ?? settings.SiteTitle;
            var feed = Feed(title, languageSettings.SiteDescription ?? settings.SiteDescription, language, FeedPaths.Atom(language), SitePaths.Home(language), pages, terms);
            jobs.Add((FeedPaths.Atom(language), () => FeedXml.Atom(feed)));
            jobs.Add((FeedPaths.Rss(language), () => FeedXml.Rss(feed, links.Absolute(FeedPaths.Rss(language)))));
        }

        foreach (var ((kind, language, slug), pages) in plan.ByTerm.OrderBy(p => p.Key.Kind).ThenBy(p => p.Key.Language, StringComparer.Ordinal).ThenBy(p => p.Key.Slug, StringComparer.Ordinal))
        {
            var term = terms.BySlug(kind, slug)!;
            var siteTitle = settings.FindLanguage(language)?.SiteTitle ?? settings.SiteTitle;
            var path = FeedPaths.Term(kind, language, slug);
            var feed = Feed($"{term.NameIn(language)} · {siteTitle}", "", language, path, TermKinds.TermUrl(kind, language, slug), pages, terms);
            jobs.Add((path, () => FeedXml.Atom(feed)));
        }

        var files = context.MapInOrder(jobs, job => Document.Create(destination: job.Path.TrimStart('/'), content: DocumentContent.FromBytes(job.Write())));
        return Task.FromResult(inputs.AddRange(files));
    }

    private Feed Feed(string title, string subtitle, string language, string path, string pageUrl, List<ContentPage> pages, TermIndex terms)
    {
        var entries = pages.Take(Math.Max(1, settings.FeedSize)).Select(page => Entry(page, terms)).ToList();
        return new Feed
        {
            Id = links.Absolute(path),
            Title = XmlText.Clean(title),
            Subtitle = XmlText.Clean(subtitle),
            Language = language,
            SelfUrl = links.Absolute(path),
            PageUrl = links.Absolute(pageUrl),
            Updated = entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch,
            Generator = generator,
            Entries = entries,
        };
    }

    private FeedEntry Entry(ContentPage page, TermIndex terms)
    {
        var published = page.Date?.Value ?? DateTimeOffset.UnixEpoch;
        var changed = page.Updated?.Value ?? published;
        var language = settings.FindLanguage(page.Language) ?? settings.DefaultLanguageSettings;
        return new FeedEntry
        {
            Id = TagUri(published, page.Url),
            Title = XmlText.Clean(page.Title),
            Url = links.Absolute(page.Url),
            Published = published,

            // A plain 'updated' day is midnight UTC, which can fall before a publication time late that day elsewhere.
            Updated = changed > published ? changed : published,
            Summary = XmlText.Clean(page.Summary),
            Authors = [XmlText.Clean(page.Meta.Author ?? language.SiteTitle ?? settings.SiteTitle)],
            Categories = [.. page.Meta.Tags.Select(tag => XmlText.Clean(terms.DisplayName(TermKind.Tag, tag, page.Language)))],
        };
    }

    /// <summary>
    /// An RFC 4151 tag URI: stable across builds and hosts' URL schemes, unique per page. The date is
    /// Gregorian whatever the machine's culture (a Thai one would write the Buddhist year 2564 for 2021).
    /// </summary>
    private string TagUri(DateTimeOffset published, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"tag:{settings.Host.Split(':')[0]},{published.UtcDateTime:yyyy-MM-dd}:{path}");
}
