using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WuzhenSite.Importing.Sources;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WuzhenSite.Core.Tests.Importing;

/// <summary>Word files made here with the Open XML SDK, with direct bold, a bold character style, a title style and a line break.</summary>
public sealed class WordSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wuzhen-word-").FullName;

    [Fact]
    public void Paragraphs_become_numbered_lines_with_bold_labels_and_the_title()
    {
        var path = Path.Combine(_folder, "briefing.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "Strong" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "Strong" });
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new W.Text("Harbour briefing"))),
                new Paragraph(),
                new Paragraph(new Run(new RunProperties(new Bold()), new W.Text("Lin Qiaoyu:")), new Run(new W.Text(" Welcome.") { Space = SpaceProcessingModeValues.Preserve })),
                new Paragraph(new Run(new RunProperties(new RunStyle { Val = "Strong" }), new W.Text("Tao Wenbin")), new Run(new W.Text(": Thank you."))),
                new Paragraph(new Run(new RunProperties(new Bold { Val = false }), new W.Text("Reporter:")), new Run(new W.Text(" A question."))),
                new Paragraph(new Run(new W.Text("Written by: Xu Meifen"), new Break(), new W.Text("Source: Fixture Press Office")))));
        }

        var lines = WordSource.Read(path);

        Assert.Equal(["Harbour briefing", "Welcome.", "Thank you.", "Reporter: A question.", "Written by: Xu Meifen", "Source: Fixture Press Office"], lines.Select(l => l.Text));
        Assert.Equal([1, 3, 4, 5, 6, 6], lines.Select(l => l.Number));
        Assert.Equal([null, "Lin Qiaoyu", "Tao Wenbin", null, null, null], lines.Select(l => l.BoldLabel));
        Assert.True(lines[0].IsMainHeading);
    }

    [Fact]
    public void A_file_that_is_no_word_document_is_refused_with_its_name_and_the_fix()
    {
        var path = Path.Combine(_folder, "not-word.docx");
        File.WriteAllText(path, "This is plain text with a .docx name.");

        var error = Assert.Throws<ImportSourceException>(() => WordSource.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(".docx", error.Fix);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
