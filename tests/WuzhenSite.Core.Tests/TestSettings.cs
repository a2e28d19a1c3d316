using WuzhenSite.Configuration;

namespace WuzhenSite.Core.Tests;

/// <summary>Settings for tests: English (default) and Chinese.</summary>
internal static class TestSettings
{
    public static SiteSettings EnglishAndChinese { get; } = new()
    {
        SiteTitle = "Test News",
        Host = "news.example.org",
        DefaultLanguage = "en",
        Languages =
        [
            new LanguageSettings { Code = "en", Name = "English", Locale = "en-GB" },
            new LanguageSettings { Code = "zh", Name = "中文", Locale = "zh-CN", SiteTitle = "测试新闻" },
        ],
    };
}
