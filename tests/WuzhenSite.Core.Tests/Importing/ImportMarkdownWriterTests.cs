using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Importing;
using WuzhenSite.Importing.Parsing;
using WuzhenSite.Importing.Sources;
using WuzhenSite.Importing.Writing;

namespace WuzhenSite.Core.Tests.Importing;

/// <summary>What the writer writes reads back, through the site's own front matter parser and turn splitter, as what was imported.</summary>
public sealed class ImportMarkdownWriterTests
{
    [Fact]
    public void The_briefings_front_matter_reads_back_as_imported_and_is_a_draft()
    {
        var document = PressParser.Parse(TextSource.Read(File.ReadAllText(SeedFiles.Briefing))).Document;

        var (data, turns) = ReadBack(ImportMarkdownWriter.Write(document, "scio-briefing", document.Date!.Value));

        Assert.Equal(document.Title, data.Title);
        Assert.Equal(new DateTimeOffset(2017, 11, 16, 0, 0, 0, TimeSpan.Zero), data.Date!.Value.Value);
        Assert.True(data.Draft);
        Assert.Equal(document.Speakers.Select(s => (s.Name, s.Role)), data.Speakers.Select(s => (s.Name, s.Role)));
        Assert.Equal(document.Source, data.Source);
        Assert.Equal(document.ImageCaption, data.ImageCaption);
        Assert.Equal(document.ImageCredit, data.ImageCredit);
        Assert.Equal(["Hu Kaihong", "Ren Xianliang", "Hu Kaihong", "Ge Huijun", "Hu Kaihong"], turns.Turns.Select(t => t.Label));
        Assert.All(turns.Turns, t => Assert.Equal(TurnForm.LabelLine, t.Form));
    }

    [Fact]
    public void Any_text_in_a_value_reads_back_exactly()
    {
        var tricky = "Lin: \"the # plan\" - [draft] {x} & *y* \\ \u202E end";
        var document = new ImportedDocument
        {
            Kind = ImportKind.Article,
            Title = tricky,
            Author = "- Xu Meifen",
            Editor = "@desk",
            Source = "[Fixture]: Press",
            ImageCaption = tricky,
            ImageCredit = "Photo by Zhou Min/Fixture",
        };

        var (data, _) = ReadBack(ImportMarkdownWriter.Write(document, "tricky", new DateOnly(2019, 10, 18)));

        Assert.Equal(tricky, data.Title);
        Assert.Equal("- Xu Meifen", data.Author);
        Assert.Equal("@desk", data.Editor);
        Assert.Equal("[Fixture]: Press", data.Source);
        Assert.Equal(tricky, data.ImageCaption);
    }

    [Fact]
    public void A_label_the_build_would_read_as_a_sentence_is_written_in_bold_so_it_stays_a_turn()
    {
        var document = new ImportedDocument
        {
            Kind = ImportKind.Transcript,
            Title = "Harbour briefing",
            Turns =
            [
                new ImportedTurn("Lin Qiaoyu", 3, true, [new ImportedParagraph("Welcome.", 4)]),
                new ImportedTurn("Reporter from the Fixture Daily", 5, false, [new ImportedParagraph("How many?", 5), new ImportedParagraph("And where?", 6)]),
            ],
        };

        var markdown = ImportMarkdownWriter.Write(document, "harbour", new DateOnly(2019, 10, 18));
        var (_, turns) = ReadBack(markdown);

        Assert.Contains("**Reporter from the Fixture Daily:** How many?", markdown);
        Assert.Equal(["Lin Qiaoyu", "Reporter from the Fixture Daily"], turns.Turns.Select(t => t.Label));
        Assert.Equal("How many?\n\nAnd where?", turns.Turns[1].Markdown);
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("<script>alert(1)</script>", "\\<script>alert(1)\\</script>")]
    [InlineData("*stars* and [brackets](x) and `code`", "\\*stars\\* and \\[brackets\\](x) and \\`code\\`")]
    [InlineData("snake_case stays, _emphasis_ does not", "snake_case stays, \\_emphasis\\_ does not")]
    public void Pasted_text_is_escaped_so_it_shows_as_written(string text, string expected)
    {
        var document = new ImportedDocument { Kind = ImportKind.Article, Title = "T", Introduction = [new ImportedParagraph(text, 1)] };

        var markdown = ImportMarkdownWriter.Write(document, "t", new DateOnly(2019, 10, 18));

        Assert.EndsWith("---\n\n" + expected + "\n", markdown);
    }

    private static (FrontMatterData Data, TranscriptSource Turns) ReadBack(string markdown)
    {
        var (split, error) = FrontMatterSplitter.Split(markdown, "imported.md");
        Assert.Null(error);
        var found = split!.Value;
        var (data, diagnostics) = FrontMatterParser.Parse(found, "imported.md");
        Assert.Empty(diagnostics);
        return (data, TurnSplitter.Split(found.Body, found.BodyStartLine, name => data.Speakers.Any(s => s.Name == name)));
    }
}
