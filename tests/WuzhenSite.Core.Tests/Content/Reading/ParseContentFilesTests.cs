using System.Text;
using WuzhenSite.Content;
using WuzhenSite.Content.Reading;

namespace WuzhenSite.Core.Tests.Content.Reading;

public sealed class ParseContentFilesTests
{
    private static ContentPage? Parse(string file, string text, out List<WuzhenSite.Engine.Diagnostics.Diagnostic> diagnostics, ContentKind kind = ContentKind.Article) =>
        ParseContentFiles.Parse(file, kind, Encoding.UTF8.GetBytes(text), TestSettings.EnglishAndChinese, out diagnostics);

    [Fact]
    public void A_valid_article_gets_language_slug_and_translation_key_from_its_path()
    {
        var page = Parse("news/2021/summit-opens.zh.md", "---\ntitle: 峰会开幕\ndate: 2021-09-26\n---\n正文。\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(("zh", "summit-opens", "article:2021/summit-opens"), (page!.Language, page.Slug, page.TranslationKey));
        Assert.Equal("正文。\n", page.Body);
        Assert.Equal(5, page.BodyStartLine);
    }

    [Fact]
    public void Translation_key_and_slug_in_front_matter_win_over_the_path()
    {
        var page = Parse("news/a.md", "---\ntitle: A\ndate: 2021-09-26\nslug: better-name\ntranslationKey: opening\n---\n", out _);

        Assert.Equal(("better-name", "article:opening"), (page!.Slug, page.TranslationKey));
    }

    [Fact]
    public void Type_in_front_matter_overrides_the_folder()
    {
        var page = Parse("news/briefing.md", "---\ntitle: A\ndate: 2021-09-26\ntype: transcript\n---\n", out _);

        Assert.Equal(ContentKind.Transcript, page!.Kind);
    }

    [Theory]
    [InlineData("---\ndate: 2021-09-26\n---\n", "no 'title'", 3)]
    [InlineData("---\ntitle: A\n---\n", "no 'date'", 3)]
    [InlineData("---\ntitle: A\ndate: 2021-02-30\n---\n", "not a valid date", 3)]
    [InlineData("---\ntitle: A\ndate: 2021-09-26\nslug: ../../etc\n---\n", "not a single safe URL segment", 4)]
    [InlineData("---\ntitle: A\ndate: 2021-09-26\ntype: podcast\n---\n", "not a content type", 4)]
    [InlineData("---\ntitle: A\ndate: 2021-09-26\nlang: fr\n---\n", "not a configured language", 4)]
    [InlineData("---\ntitle: A\ndate: 2021-09-26\naliases: [https://evil.example/x]\n---\n", "not a path inside this site", 4)]
    [InlineData("---\ntitle: A\ndate: 2021-09-26\naliases: [/../../etc/passwd]\n---\n", "not a path inside this site", 4)]
    public void Errors_name_the_file_line_and_fix(string text, string message, int line)
    {
        var page = Parse("news/a.md", text, out var diagnostics);

        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal("news/a.md", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrEmpty(error.Fix));
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_together()
    {
        Parse("news/a.fr.md", "---\ndate: someday\n---\n", out var diagnostics);

        Assert.Contains(diagnostics, d => d.Message.Contains("not a valid date"));
        Assert.Contains(diagnostics, d => d.Message.Contains("language 'fr'"));
        Assert.Contains(diagnostics, d => d.Message.Contains("no 'title'"));
    }

    [Fact]
    public void Pages_need_no_date_but_cannot_take_a_reserved_slug()
    {
        Assert.NotNull(Parse("pages/about.md", "---\ntitle: About\n---\n", out _, ContentKind.Page));

        Assert.Null(Parse("pages/search.md", "---\ntitle: Search\n---\n", out var diagnostics, ContentKind.Page));
        Assert.Contains("slug 'search'", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Profiles_need_a_name_not_a_title()
    {
        Assert.NotNull(Parse("speakers/ren.md", "---\nname: Ren Xianliang\n---\n", out _, ContentKind.SpeakerProfile));
        Assert.Null(Parse("speakers/x.md", "---\ntitle: X\n---\n", out var diagnostics, ContentKind.SpeakerProfile));
        Assert.Contains("no 'name'", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Invalid_utf8_names_the_line_of_the_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: A\n"), 0xC3, 0x28, (byte)'\n', .. Encoding.UTF8.GetBytes("---\n")];

        var page = ParseContentFiles.Parse("news/a.md", ContentKind.Article, bytes, TestSettings.EnglishAndChinese, out var diagnostics);

        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void A_binary_file_with_a_markdown_name_is_refused_clearly()
    {
        var page = ParseContentFiles.Parse("news/a.md", ContentKind.Article, [0x89, 0x50, 0x4E, 0x47, 0, 0, 1], TestSettings.EnglishAndChinese, out var diagnostics);

        Assert.Null(page);
        Assert.Contains("binary", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("news/2021.md", "---\ntitle: A\ndate: 2021-09-26\n---\n", ContentKind.Article, 1, "Rename the file")]
    [InlineData("news/2021/index.md", "---\ntitle: A\ndate: 2021-09-26\n---\n", ContentKind.Article, 1, "Rename the file")]
    [InlineData("news/a.md", "---\ntitle: A\ndate: 2021-09-26\nslug: 2021\n---\n", ContentKind.Article, 4, "'slug: 2021-summit-opening'")]
    [InlineData("transcripts/a.md", "---\ntitle: A\ndate: 2021-09-26\nslug: \"1999\"\n---\n", ContentKind.Transcript, 4, "'slug: 1999-summit-opening'")]
    public void An_article_or_transcript_slug_that_is_a_year_would_take_the_archives_url_and_is_an_error(string file, string text, ContentKind kind, int line, string fix)
    {
        var page = Parse(file, text, out var diagnostics, kind);

        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal((file, line, "slug"), (error.File, error.Line, error.Code));
        Assert.Contains("is a year", error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_page_may_have_a_year_as_its_slug_as_it_lives_outside_the_sections()
    {
        var page = Parse("pages/2021.md", "---\ntitle: The 2021 edition\n---\n", out var diagnostics, ContentKind.Page);

        Assert.Empty(diagnostics);
        Assert.Equal("2021", page!.Slug);
    }
}
