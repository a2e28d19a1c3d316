using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;
using WuzhenSite.Images;

namespace WuzhenSite.Site;

/// <summary>
/// The preview's first answer to a save: renders the pages of edited content files against the
/// last successful build (<see cref="SiteSnapshot"/>), with the same modules a build runs, without
/// reading, indexing or rendering anything else, so the page the author is looking at can be
/// served at once. It answers only when the edit cannot change what the rest of the site says
/// about the page's identity: same file already published, same URL, language, translation and
/// terms, no errors. Anything else (a new or deleted file, a profile, a layout, a draft, an error)
/// returns null and waits for the full rebuild, which always follows and has the last word on
/// every file, this page included.
/// </summary>
public static class EditedPages
{
    /// <param name="snapshot">The last successful build.</param>
    /// <param name="sources">Changed content files, relative to the input folder with '/'.</param>
    /// <param name="cache">The preview's parse cache: what is parsed here the full rebuild then finds.</param>
    /// <returns>Each edited page's destination and bytes, or null when the full rebuild must answer.</returns>
    public static async Task<IReadOnlyList<RenderedPage>?> RenderAsync(SiteSnapshot snapshot, IReadOnlyCollection<string> sources, ResultCache? cache, CancellationToken cancellationToken = default)
    {
        var site = snapshot.Site with { Statistics = new BuildStatistics() };
        var edited = ImmutableArray.CreateBuilder<Document>(sources.Count);
        foreach (var source in sources.Order(StringComparer.Ordinal))
        {
            if (!snapshot.ContentBySource.TryGetValue(source, out var before)
                || ReadSource(site, source, before.GetRequired<ContentPage>(Keys.Page).Kind) is not { } document)
            {
                return null;
            }

            edited.Add(document);
        }

        var engine = new PipelineEngine(SitePipelines.CreateForEdits(site, snapshot, edited.ToImmutable(), cache));
        var result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return null;
        }

        var pages = result.OutputsOf(PipelineNames.Content, Phase.Output);
        if (pages.Length != edited.Count)
        {
            return null; // one became a draft, scheduled or expired: lists change, the rebuild answers
        }

        var rendered = new List<RenderedPage>(pages.Length);
        foreach (var page in pages)
        {
            var before = snapshot.ContentBySource[page.Source!];
            if (page.Destination != before.Destination || !SameIdentity(page.GetRequired<ContentPage>(Keys.Page), before.GetRequired<ContentPage>(Keys.Page))
                || !ShowsMadePhotos(page, before))
            {
                return null;
            }

            rendered.Add(new RenderedPage(page.Destination!, page.Content.ReadBytes().ToArray()));
        }

        return rendered;
    }

    /// <summary>Whether the rest of the site would see the same page: where it is, what it is, and which terms it belongs to.</summary>
    private static bool SameIdentity(ContentPage now, ContentPage before) =>
        now.Kind == before.Kind
        && now.Url == before.Url
        && now.Language == before.Language
        && now.TranslationKey == before.TranslationKey
        && now.Meta.Forums.SequenceEqual(before.Meta.Forums, StringComparer.Ordinal)
        && now.Meta.Tags.SequenceEqual(before.Meta.Tags, StringComparer.Ordinal)
        && now.Meta.Speakers.Select(s => s.Name).SequenceEqual(before.Meta.Speakers.Select(s => s.Name), StringComparer.Ordinal)
        && now.Meta.Event == before.Meta.Event;

    /// <summary>Whether every photo file the edited page names was made by the last build: a new photo or crop waits for the rebuild that makes it.</summary>
    private static bool ShowsMadePhotos(Document now, Document before)
    {
        var made = ImageKeys.DerivativesOf(before).Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        return ImageKeys.DerivativesOf(now).All(d => made.Contains(d.Destination));
    }

    /// <summary>The file as the build's reader makes it; null for what only a full build may judge (a link, a missing or oversized file).</summary>
    private static Document? ReadSource(SiteContext site, string source, ContentKind kind)
    {
        var path = Path.Combine(site.InputRoot, source);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists || file.LinkTarget is not null || file.Length > site.Settings.MaxSourceFileSizeMB * 1024L * 1024L)
            {
                return null;
            }

            return Document.Create(source, content: DocumentContent.FromBytes(File.ReadAllBytes(path))).With(Keys.Kind, kind);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // mid-save or unreadable: the full rebuild reports it
        }
    }
}

/// <summary>A page rendered ahead of the full rebuild: where it goes in the output and its bytes.</summary>
public sealed record RenderedPage(string Destination, byte[] Html);
