using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;

namespace WuzhenSite.Publishing.TranscriptText;

/// <summary>Writes <c>transcript.txt</c> beside every transcript page (<see cref="TranscriptTextWriter"/>).</summary>
public sealed class GenerateTranscriptTexts(SiteSettings settings, LinkBuilder links) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var index = SiteIndex.From(context);
        var terms = index.Terms;
        var transcripts = index.Pages.Transcripts;
        var files = context.MapInOrder(transcripts, page =>
        {
            var language = settings.FindLanguage(page.Language) ?? settings.DefaultLanguageSettings;
            var eventName = page.Meta.Event is { } name ? terms.DisplayName(TermKind.Event, name, page.Language) : null;
            var date = page.Date is { } d ? DateFormatter.Format(d, language.Culture) : null;
            var url = links.Absolute(page.Url);
            return Document.Create(page.SourcePath, SitePaths.Destination(page.Url).Replace("index.html", TranscriptTextWriter.FileName, StringComparison.Ordinal),
                // Written from the page, which the build holds anyway, when the Output phase writes it:
                // the text itself is as large as the transcript and would be held until then.
                DocumentContent.FromFactory(() => System.Text.Encoding.UTF8.GetBytes(TranscriptTextWriter.Write(page, eventName, date, url))));
        });
        return Task.FromResult(inputs.AddRange(files));
    }
}
