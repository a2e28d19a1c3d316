using System.Text;
using WuzhenSite.Content;
using WuzhenSite.Content.Changes;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Reading;

namespace WuzhenSite.Core.Tests.Content.Changes;

/// <summary>A page's last change is the latest of <c>updated</c> and its corrections, never before its <c>date</c>.</summary>
public sealed class ChangeDatesTests
{
    private static FrontMatterDate D(string text) => FrontMatterDateParser.TryParse(text)!.Value;

    private static FrontMatterData Meta(string date, string? updated = null, params string[] corrections) => FrontMatterData.Empty with
    {
        Date = D(date),
        Updated = updated is null ? null : D(updated),
        UpdatedLine = 4,
        Corrections = [.. corrections.Select((c, i) => new CorrectionNote(D(c), "note", 6 + i))],
    };

    [Fact]
    public void The_last_change_is_the_latest_of_updated_and_the_corrections()
    {
        Assert.Equal(D("2021-09-27"), ChangeDates.LastChange(Meta("2021-09-24", "2021-09-25", "2021-09-27", "2021-09-26")));
        Assert.Equal(D("2021-09-28T09:00:00+08:00"), ChangeDates.LastChange(Meta("2021-09-24", "2021-09-28T09:00:00+08:00", "2021-09-26")));
        Assert.Equal(D("2021-09-26"), ChangeDates.LastChange(Meta("2021-09-24", corrections: "2021-09-26")));
    }

    [Fact]
    public void A_page_with_neither_or_changed_only_on_its_publication_day_has_no_last_change()
    {
        Assert.Null(ChangeDates.LastChange(Meta("2021-09-24")));
        Assert.Null(ChangeDates.LastChange(Meta("2021-09-24", "2021-09-24")));
    }

    [Fact]
    public void A_plain_day_is_the_whole_day_and_moments_are_compared_as_moments()
    {
        Assert.Equal(0, ChangeDates.Compare(D("2021-09-24T23:00:00+08:00"), D("2021-09-24")));
        Assert.True(ChangeDates.Compare(D("2021-09-24T09:00:00+08:00"), D("2021-09-24T08:00:00+00:00")) < 0);
        Assert.Null(ChangeDates.LastChange(Meta("2021-09-24", "2021-09-24T18:00:00+08:00")));
        Assert.Equal(D("2021-09-24T18:00:00+08:00"), ChangeDates.LastChange(Meta("2021-09-24T09:00:00+08:00", "2021-09-24T18:00:00+08:00")));
    }

    [Fact]
    public void Of_a_plain_day_and_a_moment_on_it_the_moment_is_the_last_change()
    {
        Assert.Equal(D("2021-09-26T18:00:00+08:00"), ChangeDates.LastChange(Meta("2021-09-24", "2021-09-26", "2021-09-26T18:00:00+08:00")));
        Assert.Equal(D("2021-09-26T18:00:00+08:00"), ChangeDates.LastChange(Meta("2021-09-24", "2021-09-26T18:00:00+08:00", "2021-09-26")));
    }

    [Fact]
    public void Updated_or_a_correction_before_the_date_is_an_error_naming_the_file_and_line()
    {
        var diagnostics = ChangeDates.Check("news/shuttle.md", Meta("2021-09-24T16:00:00+08:00", "2021-09-23", "2021-09-25", "2021-09-20")).ToList();

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(("news/shuttle.md", 4), (diagnostics[0].File, diagnostics[0].Line));
        Assert.Equal("'updated: 2021-09-23' is earlier than the page's 'date: 2021-09-24T16:00:00+08:00'.", diagnostics[0].Message);
        Assert.Contains("on or after 2021-09-24T16:00:00+08:00", diagnostics[0].Fix, StringComparison.Ordinal);
        Assert.Equal(("news/shuttle.md", 7), (diagnostics[1].File, diagnostics[1].Line));
        Assert.Contains("The correction dated 2021-09-20 is earlier", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Updated_on_the_publication_day_is_not_an_error()
    {
        Assert.Empty(ChangeDates.Check("news/a.md", Meta("2021-09-24T16:00:00+08:00", "2021-09-24")));
    }

    [Fact]
    public void Parsing_a_file_reports_an_early_updated_and_leaves_the_page_out()
    {
        var text = "---\ntitle: Shuttles\ndate: 2021-09-24\nupdated: 2021-09-20\n---\nBody.\n";

        var page = ParseContentFiles.Parse("news/shuttle.md", ContentKind.Article, Encoding.UTF8.GetBytes(text), TestSettings.EnglishAndChinese, out var diagnostics);

        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("news/shuttle.md", 4), (error.File, error.Line));
    }

    [Fact]
    public void A_parsed_page_knows_when_it_was_updated_and_modified()
    {
        var text = "---\ntitle: Shuttles\ndate: 2021-09-24\nupdated: 2021-09-25\ncorrections:\n  - {date: 2021-09-26, note: The last bus leaves at 22:30.}\n---\nBody.\n";

        var page = ParseContentFiles.Parse("news/shuttle.md", ContentKind.Article, Encoding.UTF8.GetBytes(text), TestSettings.EnglishAndChinese, out var diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.Equal(D("2021-09-26"), page.Updated);
        Assert.Equal(D("2021-09-26"), page.Modified);
        Assert.Equal(D("2021-09-24"), (page with { Meta = page.Meta with { Updated = null, Corrections = [] } }).Modified);
    }
}
