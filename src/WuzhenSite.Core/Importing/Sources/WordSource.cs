using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WuzhenSite.Importing.Sources;

/// <summary>
/// A Word file (<c>.docx</c>), read with the Open XML SDK: each paragraph of the body, tables'
/// included, is one <see cref="SourceLine"/> numbered by its place among the paragraphs; a line
/// break inside a paragraph starts a new line with the same number. Bold at the start of a
/// paragraph (direct formatting or a bold character style such as Strong) ending in a colon is the
/// paragraph's label, as Word transcripts set their speakers.
/// </summary>
public static class WordSource
{
    /// <summary>The lines of the Word file at <paramref name="path"/>; throws <see cref="ImportSourceException"/> when it is no Word file.</summary>
    public static IReadOnlyList<SourceLine> Read(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                throw new ImportSourceException($"{path} holds no document text.", "Open it in Word, check it holds the text, and save it again as a Word document (.docx).");
            }

            var boldStyles = BoldCharacterStyles(main);
            var lines = new List<SourceLine>();
            var number = 0;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                number++;
                Read(paragraph, number, boldStyles, lines);
            }

            return lines;
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new ImportSourceException($"{path} is not a Word document that can be read ({exception.Message.TrimEnd('.')}).",
                "Open it in Word or LibreOffice and save it again as a Word document (.docx), or copy its text into a .txt file.");
        }
    }

    private static void Read(Paragraph paragraph, int number, IReadOnlySet<string> boldStyles, List<SourceLine> lines)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var heading = styleId is not null && (styleId.Equals("Title", StringComparison.OrdinalIgnoreCase) || styleId.Equals("Heading1", StringComparison.OrdinalIgnoreCase));
        var pieces = new List<(string Text, bool Bold)>();

        void Flush()
        {
            if (StyledLine.From(number, pieces, heading) is { } line)
            {
                lines.Add(line);
            }

            pieces.Clear();
        }

        foreach (var run in paragraph.Descendants<Run>())
        {
            var bold = IsBold(run, boldStyles);
            var text = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        pieces.Add((text.ToString(), bold));
                        text.Clear();
                        Flush();
                        break;
                }
            }

            pieces.Add((text.ToString(), bold));
        }

        Flush();
    }

    private static bool IsBold(Run run, IReadOnlySet<string> boldStyles)
    {
        var properties = run.RunProperties;
        if (properties?.Bold is { } bold)
        {
            return bold.Val is null || bold.Val.Value;
        }

        return properties?.RunStyle?.Val?.Value is { } style && boldStyles.Contains(style);
    }

    // Character styles that make text bold (Word's and pandoc's "Strong"), so a label set with a style reads as one set by hand.
    private static HashSet<string> BoldCharacterStyles(MainDocumentPart main)
    {
        var styles = new HashSet<string>(StringComparer.Ordinal);
        var all = main.StyleDefinitionsPart?.Styles?.Elements<Style>().ToList() ?? [];
        foreach (var style in all)
        {
            if (style.StyleId?.Value is { } id && IsBoldStyle(style, all, depth: 0))
            {
                styles.Add(id);
            }
        }

        return styles;
    }

    private static bool IsBoldStyle(Style style, List<Style> all, int depth)
    {
        if (style.StyleRunProperties?.Bold is { } bold)
        {
            return bold.Val is null || bold.Val.Value;
        }

        var basedOn = style.BasedOn?.Val?.Value;
        return depth < 10 && basedOn is not null && all.FirstOrDefault(s => s.StyleId?.Value == basedOn) is { } parent && IsBoldStyle(parent, all, depth + 1);
    }
}
