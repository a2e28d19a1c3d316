using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Theming;

namespace WuzhenSite.Core.Tests.Theming;

public sealed class UiStringsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wuzhen-strings-" + Guid.NewGuid().ToString("N"));

    private static readonly SiteSettings ThreeLanguages = TestSettings.EnglishAndChinese with
    {
        Languages = [.. TestSettings.EnglishAndChinese.Languages, new LanguageSettings { Code = "fr", Name = "Français", Locale = "fr-FR" }],
    };

    public UiStringsTests() => Directory.CreateDirectory(Path.Combine(_root, "theme", "i18n"));

    [Fact]
    public void A_key_missing_in_one_language_falls_back_to_the_default_with_a_warning_naming_the_key()
    {
        Write("theme/i18n/en.json", """{ "nav_news": "News", "read_more": "Read more" }""");
        Write("theme/i18n/zh.json", """{ "nav_news": "新闻" }""");
        Write("theme/i18n/fr.json", """{ "nav_news": "Actualités", "read_more": "Lire la suite" }""");
        var diagnostics = new DiagnosticBag();

        var strings = UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), ThreeLanguages, diagnostics);

        Assert.Equal("新闻", strings.For("zh")["nav_news"]);
        Assert.Equal("Read more", strings.For("zh")["read_more"]);
        Assert.Equal("Lire la suite", strings.For("fr")["read_more"]);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("i18n/zh.json", warning.File);
        Assert.Contains("'read_more'", warning.Message);
    }

    [Fact]
    public void A_language_without_a_strings_file_uses_the_default_language_s_with_one_warning()
    {
        Write("theme/i18n/en.json", """{ "nav_news": "News" }""");
        Write("theme/i18n/zh.json", """{ "nav_news": "新闻" }""");
        var diagnostics = new DiagnosticBag();

        var strings = UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), ThreeLanguages, diagnostics);

        Assert.Equal("News", strings.For("fr")["nav_news"]);
        Assert.Contains("i18n/fr.json", Assert.Single(diagnostics.ToSortedList()).Fix);
    }

    [Fact]
    public void A_site_strings_file_overrides_the_theme_s()
    {
        Write("theme/i18n/en.json", """{ "nav_news": "News" }""");
        Write("theme/i18n/zh.json", """{ "nav_news": "新闻" }""");
        Write("site/i18n/zh.json", """{ "nav_news": "要闻" }""");

        var strings = UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), TestSettings.EnglishAndChinese, new DiagnosticBag());

        Assert.Equal("要闻", strings.For("zh")["nav_news"]);
    }

    [Fact]
    public void A_broken_strings_file_is_an_error_with_its_line()
    {
        Write("theme/i18n/en.json", "{\n  \"nav_news\": \"News\",\n  oops\n}");
        Write("theme/i18n/zh.json", """{ "nav_news": "新闻" }""");
        var diagnostics = new DiagnosticBag();

        UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), TestSettings.EnglishAndChinese, diagnostics);

        var error = diagnostics.ToSortedList().Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("i18n/en.json", 3), (error.File, error.Line));
    }

    [Fact]
    public void A_string_with_the_old_numbered_placeholders_is_an_error_naming_the_file_line_key_and_the_names_to_use()
    {
        Write("theme/i18n/en.json", """{ "page_x_of_y": "Page {current} of {total}" }""");
        Write("theme/i18n/zh.json", """{ "page_x_of_y": "第 {current} 页，共 {total} 页" }""");
        Write("site/i18n/zh.json", "{\n  \"nav_news\": \"要闻\",\n  \"page_x_of_y\": \"第 {0} 页，共 {1} 页\"\n}");
        var diagnostics = new DiagnosticBag();

        UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), TestSettings.EnglishAndChinese, diagnostics);

        var error = diagnostics.ToSortedList().Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("i18n/zh.json", 3), (error.File, error.Line));
        Assert.Contains("'page_x_of_y'", error.Message);
        Assert.Contains("{0}", error.Message);
        Assert.Contains("{current}, {total}", error.Message);
    }

    [Fact]
    public void A_translation_with_a_placeholder_its_default_language_text_lacks_is_an_error()
    {
        Write("theme/i18n/en.json", """{ "min_read": "{minutes} min read" }""");
        Write("theme/i18n/zh.json", """{ "min_read": "阅读约 {minute} 分钟" }""");
        var diagnostics = new DiagnosticBag();

        UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), TestSettings.EnglishAndChinese, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticSeverity.Error, "i18n/zh.json"), (error.Severity, error.File));
        Assert.Contains("{minute}", error.Message);
        Assert.Contains("{minutes}", error.Message);
    }

    [Fact]
    public void Named_placeholders_in_any_order_and_a_one_variant_using_its_key_s_placeholders_load_without_a_diagnostic()
    {
        Write("theme/i18n/en.json", """{ "page_x_of_y": "Page {current} of {total}", "documents_count": "{count} documents", "documents_count_one": "1 document" }""");
        Write("theme/i18n/zh.json", """{ "page_x_of_y": "共 {total} 页，第 {current} 页", "documents_count": "共 {count} 篇", "documents_count_one": "共 {count} 篇" }""");
        var diagnostics = new DiagnosticBag();

        UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), Path.Combine(_root, "theme")), TestSettings.EnglishAndChinese, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void The_default_theme_s_strings_load_without_a_diagnostic()
    {
        var theme = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "themes", "default"));
        var diagnostics = new DiagnosticBag();

        UiStrings.Load(new ThemeFiles(Path.Combine(_root, "site"), theme), TestSettings.EnglishAndChinese, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
