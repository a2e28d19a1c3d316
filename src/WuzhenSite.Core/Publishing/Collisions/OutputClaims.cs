using WuzhenSite.Build;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Output;
using WuzhenSite.Publishing.Redirects;

namespace WuzhenSite.Publishing.Collisions;

/// <summary>
/// What each document of a pipeline will write, told in the words of its errors: a page names its
/// source file and slug line, a redirect page its alias and the line of <c>aliases</c>, a generated
/// file what it is. Pure.
/// </summary>
public sealed class OutputClaims(SiteSettings settings, string inputFolderName)
{
    /// <summary>The claims of one document of <paramref name="pipeline"/>: its file and, when the output is precompressed, the copies.</summary>
    public IEnumerable<OutputClaim> Of(string pipeline, Document document)
    {
        if (document.Destination is not { } destination)
        {
            yield break;
        }

        var claim = Describe(pipeline, document, destination);
        yield return claim;
        if (IsPrecompressed(pipeline, destination))
        {
            // Whether a copy is made depends on the file's size, known only once it is rendered:
            // claiming both always means a path is refused only where a copy may be written.
            foreach (var extension in new[] { ".gz", ".br" })
            {
                yield return claim with
                {
                    Destination = destination + extension,
                    Subject = $"The compressed copy of {Lower(claim.Subject)}",
                    Description = $"the compressed copy of {claim.Description}",
                };
            }
        }
    }

    private OutputClaim Describe(string pipeline, Document document, string destination)
    {
        if (document.Get<RedirectOrigin>(RedirectOrigin.Key) is { } origin && document.Source is { } aliased)
        {
            return new OutputClaim(destination, $"The alias '{origin.Alias}'", $"the alias '{origin.Alias}' of {Shown(aliased, origin.Line)}",
                aliased, origin.Line, "Choose another old URL for the alias, or remove it.");
        }

        if (pipeline == PipelineNames.Content && document.Get<ContentPage>(Keys.Page) is { } page)
        {
            var line = page.Meta.Slug is null ? 1 : page.Meta.SlugLine;
            return new OutputClaim(destination, $"This page's URL {page.Url}", $"the page {Shown(page.SourcePath, line)}",
                page.SourcePath, line, "Give the page another 'slug:' (or rename its file).");
        }

        return pipeline switch
        {
            PipelineNames.Assets => Asset(document, destination),
            PipelineNames.Publishing when document.Source is { } transcript && destination.EndsWith("/" + TranscriptTextWriter.FileName, StringComparison.Ordinal) =>
                Generated(destination, $"the transcript text of {Shown(transcript, 0)}"),
            PipelineNames.Publishing when destination == GenerateRedirects.MapFileName => Generated(destination, "the site's redirects.map"),
            PipelineNames.Publishing => Generated(destination, $"the site's feed {destination}"),
            PipelineNames.Sitemaps when destination == "robots.txt" => Generated(destination, "the site's robots.txt"),
            PipelineNames.Sitemaps => Generated(destination, $"the site's sitemap {destination}"),
            PipelineNames.Lists when destination.EndsWith("404.html", StringComparison.Ordinal) => Generated(destination, $"the site's 404 page {destination}"),
            PipelineNames.Lists => Generated(destination, $"the site's list page {destination}"),
            PipelineNames.Taxonomies => Generated(destination, $"the site's term page {destination}"),
            PipelineNames.Search => Generated(destination, $"the site's search file {destination}"),
            PipelineNames.Root => Generated(destination, "the site's language chooser index.html"),
            _ => Generated(destination, $"the site's file {destination}"),
        };
    }

    /// <summary>Theme files (and the npm and search scripts the site adds) are the site's; files under the input's assets/ are the author's.</summary>
    private OutputClaim Asset(Document document, string destination) => document.Source switch
    {
        { } source when source.StartsWith("theme:", StringComparison.Ordinal) => Generated(destination, $"the theme asset {destination}"),
        { } source when source.StartsWith("search:", StringComparison.Ordinal) => Generated(destination, $"the site's search script {destination}"),
        { } source => new OutputClaim(destination, $"The content asset {Shown(source, 0)}", $"the content asset {Shown(source, 0)}",
            source, 0, "Move or rename the asset."),
        null => Generated(destination, $"the asset {destination}"),
    };

    private static OutputClaim Generated(string destination, string description) =>
        new(destination, char.ToUpperInvariant(description[0]) + description[1..], description);

    /// <summary>A source file as the user finds it from the site root, with its line when known: <c>input/news/x.md:5</c>.</summary>
    private string Shown(string source, int line) => $"{inputFolderName}/{source}" + (line > 0 ? $":{line}" : "");

    private static string Lower(string subject) => subject.StartsWith("This ", StringComparison.Ordinal) ? "this " + subject[5..] : char.ToLowerInvariant(subject[0]) + subject[1..];

    /// <summary>Mirrors SitePipelines: search files are all compressed when asked for, assets only when text.</summary>
    private bool IsPrecompressed(string pipeline, string destination) => pipeline switch
    {
        PipelineNames.Search => settings.PrecompressSearchFiles,
        PipelineNames.Assets => settings.PrecompressAssets && PrecompressFiles.TextExtensions.Contains(Path.GetExtension(destination)),
        _ => false,
    };
}
