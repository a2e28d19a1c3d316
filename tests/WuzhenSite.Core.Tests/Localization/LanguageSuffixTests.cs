using WuzhenSite.Localization;

namespace WuzhenSite.Core.Tests.Localization;

public sealed class LanguageSuffixTests
{
    [Theory]
    [InlineData("news/a.md", "en", "news/a", false)]
    [InlineData("news/a.zh.md", "zh", "news/a", true)]
    [InlineData("news/v1.2.md", "en", "news/v1.2", false)]
    [InlineData("news/release.notes.md", "en", "news/release.notes", false)]
    public void Reads_the_language_from_the_file_name(string path, string language, string withoutLanguage, bool hasSuffix)
    {
        var (result, error) = LanguageSuffix.Resolve(path, TestSettings.EnglishAndChinese);

        Assert.Null(error);
        Assert.Equal(new LanguageSuffix.Result(language, withoutLanguage, hasSuffix), result);
    }

    [Fact]
    public void An_unconfigured_language_suffix_is_an_error_naming_the_file_and_the_configured_languages()
    {
        var (result, error) = LanguageSuffix.Resolve("news/a.fr.md", TestSettings.EnglishAndChinese);

        Assert.Null(result);
        Assert.Equal("news/a.fr.md", error!.File);
        Assert.Contains("'fr'", error.Message);
        Assert.Contains("en, zh", error.Message);
        Assert.Contains("statiq.json", error.Fix);
    }
}
