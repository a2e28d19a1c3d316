using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Core.Tests.Content.FrontMatter;

/// <summary><c>updated:</c> takes the date forms <c>date:</c> does; <c>corrections:</c> is a list of <c>{date, note}</c>, and a mistake in it names its entry's line.</summary>
public sealed class CorrectionsFrontMatterTests
{
    // The YAML starts on line 2 of the file, after the opening '---'.
    private static (FrontMatterData Data, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml) =>
        FrontMatterParser.Parse(new FrontMatterSplit(yaml, 2, "", 20), "news/shuttle.md");

    [Fact]
    public void Updated_and_corrections_are_read_with_their_dates_notes_and_lines()
    {
        var (data, diagnostics) = Parse("""
            title: Shuttles
            date: 2021-09-24
            updated: 2021-09-25T10:00:00+08:00
            corrections:
              - date: 2021-09-25
                note: The stop was wrong.
              - {date: 2021-09-27T08:10:00+08:00, note: "The last bus leaves at 22:30."}
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(new DateTimeOffset(2021, 9, 25, 10, 0, 0, TimeSpan.FromHours(8)), data.Updated!.Value.Value);
        Assert.Equal(4, data.UpdatedLine);
        Assert.Equal(
            [
                new CorrectionNote(FrontMatterDateParser.TryParse("2021-09-25")!.Value, "The stop was wrong.", 6),
                new CorrectionNote(FrontMatterDateParser.TryParse("2021-09-27T08:10:00+08:00")!.Value, "The last bus leaves at 22:30.", 8),
            ],
            data.Corrections);
    }

    [Fact]
    public void An_updated_that_is_not_a_date_is_an_error_on_its_line()
    {
        var (data, diagnostics) = Parse("title: A\ndate: 2021-09-24\nupdated: last Tuesday\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, "news/shuttle.md", 4), (error.Severity, error.File, error.Line));
        Assert.Contains("'updated' is 'last Tuesday'", error.Message, StringComparison.Ordinal);
        Assert.Null(data.Updated);
    }

    [Theory]
    [InlineData("corrections:\n  - note: Fixed a name.\n", "A correction has no 'date'.", 3)]
    [InlineData("corrections:\n  - date: 2021-09-25\n", "A correction has no 'note'.", 3)]
    [InlineData("corrections:\n  - date: 2021-09-24\n    note: Fine.\n  - date: 2021-09-25\n    note:\n", "A correction has no 'note'.", 5)]
    [InlineData("corrections:\n  - {date: 2021-09-25, note: ''}\n", "A correction has no 'note'.", 3)]
    [InlineData("corrections:\n  - date: 2021-13-40\n    note: x\n", "'date' is '2021-13-40', which is not a valid date.", 3)]
    [InlineData("corrections:\n  - Fixed a name.\n", "Each correction must have a 'date' and a 'note'.", 3)]
    [InlineData("corrections: Fixed a name.\n", "'corrections' must be a list.", 2)]
    [InlineData("corrections:\n  - date: 2021-09-25\n    note: x\n    by: desk\n", "A correction has the unknown key 'by'.", 5)]
    public void A_correction_without_a_date_or_note_or_of_the_wrong_shape_is_an_error_on_its_line(string yaml, string message, int line)
    {
        var (data, diagnostics) = Parse(yaml);

        var error = diagnostics.First(d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((DiagnosticSeverity.Error, "news/shuttle.md", line), (error.Severity, error.File, error.Line));
        Assert.False(string.IsNullOrEmpty(error.Fix));
        Assert.DoesNotContain(data.Corrections, c => c.Note.Length == 0);
    }

    [Fact]
    public void A_correction_missing_both_reports_both_and_is_left_out()
    {
        var (data, diagnostics) = Parse("corrections:\n  - {}\n");

        Assert.Equal(["A correction has no 'date'.", "A correction has no 'note'."], diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal(3, d.Line));
        Assert.Empty(data.Corrections);
    }

    [Fact]
    public void An_empty_corrections_key_is_no_corrections()
    {
        var (data, diagnostics) = Parse("corrections:\n");

        Assert.Empty(diagnostics);
        Assert.Empty(data.Corrections);
    }
}
