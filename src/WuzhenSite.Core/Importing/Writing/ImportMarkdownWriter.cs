using System.Text;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Importing.Parsing;
using WuzhenSite.Localization;

namespace WuzhenSite.Importing.Writing;

/// <summary>
/// Writes an <see cref="ImportedDocument"/> as a Markdown file of the content contract: front
/// matter (a draft, with every value quoted so that any text reads back as written), the
/// introduction, and each turn as a <c>Name:</c> label line followed by its paragraphs, or as a
/// bold label where the build would not take the plain line for a label.
/// </summary>
public static class ImportMarkdownWriter
{
    /// <summary>The file's text; <paramref name="date"/> is the document's date, or the one to write in its place.</summary>
    public static string Write(ImportedDocument document, string slug, DateOnly date)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quote(document.Title)).Append('\n')
            .Append("date: ").Append(PressDate.Format(date)).Append('\n')
            .Append("slug: ").Append(slug).Append('\n')
            .Append("translationKey: ").Append(slug).Append('\n')
            .Append("draft: true\n");
        if (document.Speakers.Length > 0)
        {
            text.Append("speakers:\n");
            foreach (var speaker in document.Speakers)
            {
                text.Append("  - name: ").Append(Quote(speaker.Name)).Append('\n');
                if (speaker.Role is { Length: > 0 } role)
                {
                    text.Append("    role: ").Append(Quote(role)).Append('\n');
                }
            }
        }

        Optional(text, "author", document.Author);
        Optional(text, "editor", document.Editor);
        Optional(text, "source", document.Source);
        Optional(text, "imageCaption", document.ImageCaption);
        Optional(text, "imageCredit", document.ImageCredit);
        text.Append("---\n");

        foreach (var paragraph in document.Introduction)
        {
            Paragraph(text, paragraph);
        }

        foreach (var turn in document.Turns)
        {
            var colon = turn.Label.EnumerateRunes().Any(r => CjkText.IsCjk(r.Value)) ? "：" : ":";
            text.Append('\n');
            if (turn.IsListedSpeaker || TurnSplitter.LooksLikeName(turn.Label))
            {
                text.Append(turn.Label).Append(colon).Append('\n');
                foreach (var paragraph in turn.Paragraphs)
                {
                    Paragraph(text, paragraph);
                }
            }
            else
            {
                // A label the build would take for a sentence ("Reporter from the Daily:") is a turn in bold.
                text.Append("**").Append(MarkdownText.Escape(turn.Label)).Append(colon).Append("**");
                var first = true;
                foreach (var paragraph in turn.Paragraphs)
                {
                    if (first)
                    {
                        text.Append(' ').Append(MarkdownText.Escape(paragraph.Text)).Append('\n');
                        first = false;
                    }
                    else
                    {
                        Paragraph(text, paragraph);
                    }
                }

                if (first)
                {
                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static void Paragraph(StringBuilder text, ImportedParagraph paragraph) =>
        text.Append('\n').Append(paragraph.IsHeading ? "## " : "").Append(MarkdownText.Escape(paragraph.Text)).Append('\n');

    private static void Optional(StringBuilder text, string key, string? value)
    {
        if (value is { Length: > 0 })
        {
            text.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string Quote(string value) => FrontMatterText.Quote(value);
}
