using Markdig.Syntax;
using WuzhenSite.Content.Markdown;

namespace WuzhenSite.Content.Summaries;

/// <summary>Finds the default summary: the first real paragraph of the body, cut at a boundary.</summary>
public static class SummaryExtractor
{
    /// <summary>The summary, or empty when the body has no paragraph.</summary>
    public static string FromFirstParagraph(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is not ParagraphBlock paragraph)
            {
                continue;
            }

            var text = PlainText.Of(paragraph);
            if (IsSpeakerLabel(text))
            {
                continue; // a transcript's "Name:" line is not a summary
            }

            if (text.Length > 0)
            {
                return SummaryCutter.Cut(text);
            }
        }

        return "";
    }

    private static bool IsSpeakerLabel(string text) =>
        text.Length < 80 && (text.EndsWith(':') || text.EndsWith('：')) && !text.Contains('\n');
}
