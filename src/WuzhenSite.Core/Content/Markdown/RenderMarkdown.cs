using WuzhenSite.Content.Figures;
using WuzhenSite.Content.Summaries;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// Renders each page's Markdown body (transcripts excepted: see RenderTranscripts) to HTML, and
/// derives its summary and reading time from the same parse. Links that could run script become
/// text with a warning at their line; headings keep clear of the theme's own ids.
/// </summary>
public sealed class RenderMarkdown(MarkdownRenderer markdown, int wordsPerMinute, int cjkCharactersPerMinute, IReadOnlySet<string>? themeIds = null) : PerDocumentModule
{
    /// <inheritdoc />
    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        var page = input.GetRequired<ContentPage>(Keys.Page);
        if (page.Kind == ContentKind.Transcript)
        {
            return ValueTask.FromResult<IEnumerable<Document>>([input]); // turns are rendered by RenderTranscripts
        }

        var refused = new List<RefusedLink>();
        var images = new List<ImageReference>();
        var syntax = markdown.Parse(page.Body, refused, images, page.BodyStartLine);
        context.Diagnostics.ReportAll(refused.Select(link => link.ToWarning(page.SourcePath, page.BodyStartLine)));
        HeadingIds.MakeUnique(syntax, new HashSet<string>(themeIds ?? new HashSet<string>(), StringComparer.Ordinal));
        var text = PlainText.Of(syntax);
        var rendered = page with
        {
            Html = markdown.Render(syntax),
            Text = text,
            Summary = page.Meta.Summary ?? SummaryExtractor.FromFirstParagraph(syntax),
            ReadingMinutes = ReadingTime.Minutes(text, wordsPerMinute, cjkCharactersPerMinute),
            BodyImages = [.. images],
        };
        IEnumerable<Document> result = [input.With(Keys.Page, rendered)];
        return ValueTask.FromResult(result);
    }
}
