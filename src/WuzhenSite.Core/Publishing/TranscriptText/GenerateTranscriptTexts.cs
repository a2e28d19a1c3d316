using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Localization;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.Publishing.TranscriptText;

/// <summary>Writes <c>transcript.txt</c> beside every transcript page (<see cref="TranscriptTextWriter"/>).</summary>
public sealed class GenerateTranscriptTexts(SiteSettings settings, LinkBuilder links) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var terms = SiteTerms.From(context, settings);
        var transcripts = SiteTerms.PagesOf(context, Site.PipelineNames.Content).Where(p => p.Transcript is not null).ToList();
        var files = context.MapInOrder(transcripts, page =>
        {
            var language = settings.FindLanguage(page.Language) ?? settings.DefaultLanguageSettings;
            var eventName = page.Meta.Event is { } name ? terms.DisplayName(TermKind.Event, name, page.Language) : null;
            var date = page.Date is { } d ? DateFormatter.Format(d, language.Culture) : null;
            var text = TranscriptTextWriter.Write(page, eventName, date, links.Absolute(page.Url));
            return Document.Create(page.SourcePath, SitePaths.Destination(page.Url).Replace("index.html", TranscriptTextWriter.FileName, StringComparison.Ordinal),
                // Held until the Output phase writes it: as UTF-8 it takes about two thirds of the memory of the string.
                DocumentContent.FromBytes(System.Text.Encoding.UTF8.GetBytes(text)));
        });
        return Task.FromResult(inputs.AddRange(files));
    }
}
