using System.Text;
using WuzhenSite.Content;
using WuzhenSite.Content.Reading;
using WuzhenSite.Content.Translations;

namespace WuzhenSite.Core.Tests.Content.Translations;

public sealed class TranslationLinkerTests
{
    private static ContentPage Page(string path, string frontMatter = "") =>
        ParseContentFiles.Parse(path, ContentKind.Article, Encoding.UTF8.GetBytes($"---\ntitle: T\ndate: 2021-01-01\n{frontMatter}---\n"), TestSettings.EnglishAndChinese, out _)!;

    [Fact]
    public void Files_sharing_a_path_without_the_language_suffix_are_translations()
    {
        var english = Page("news/2021/opening.md");
        var chinese = Page("news/2021/opening.zh.md");
        var other = Page("news/2021/closing.md");

        var (sets, diagnostics) = TranslationLinker.Link([english, chinese, other]);

        Assert.Empty(diagnostics);
        Assert.Equal(["en", "zh"], sets[english.TranslationKey].ByLanguage.Keys);
        Assert.Same(sets[english.TranslationKey], sets[chinese.TranslationKey]);
        Assert.Equal(["en"], sets[other.TranslationKey].ByLanguage.Keys);
    }

    [Fact]
    public void A_shared_translation_key_links_files_with_different_names()
    {
        var english = Page("news/opening-ceremony.md", "translationKey: opening\n");
        var chinese = Page("news/kaimushi.zh.md", "translationKey: opening\n");

        var (sets, _) = TranslationLinker.Link([english, chinese]);

        Assert.Equal(["en", "zh"], sets[english.TranslationKey].ByLanguage.Keys);
    }

    [Fact]
    public void The_same_path_in_another_folder_kind_is_not_a_translation()
    {
        var article = Page("news/briefing.md");
        var transcript = ParseContentFiles.Parse("transcripts/briefing.zh.md", ContentKind.Transcript,
            Encoding.UTF8.GetBytes("---\ntitle: T\ndate: 2021-01-01\n---\n"), TestSettings.EnglishAndChinese, out _)!;

        var (sets, _) = TranslationLinker.Link([article, transcript]);

        Assert.Single(sets[article.TranslationKey].ByLanguage);
    }

    [Fact]
    public void Two_pages_in_one_language_with_one_key_are_an_error_naming_both()
    {
        var first = Page("news/a.md", "translationKey: same\n");
        var second = Page("news/b.md", "translationKey: same\n");

        var (_, diagnostics) = TranslationLinker.Link([first, second]);

        var error = Assert.Single(diagnostics);
        Assert.Equal("news/b.md", error.File);
        Assert.Contains("news/a.md", error.Message);
    }
}
