using WuzhenSite.Configuration;

namespace WuzhenSite.Core.Tests.Configuration;

public sealed class SettingsLoaderTests
{
    [Fact]
    public void Reads_statiq_style_settings_with_comments_and_any_key_case()
    {
        var settings = SettingsLoader.Parse("""
            {
              // Statiq's names where Statiq has the setting
              "Host": "news.example.org",
              "linkRoot": "/conference",
              "LinksUseHttps": false,
              "SiteTitle": "Conference News",
              "PageSize": 5,
              "DefaultLanguage": "zh",
              "Languages": [
                { "Code": "en", "Name": "English", "Locale": "en-GB" },
                { "Code": "zh", "Name": "中文", "Locale": "zh-CN", "SiteTitle": "会议新闻" },
              ],
            }
            """, "statiq.json");

        Assert.Equal("http://news.example.org/conference", settings.BaseUrl);
        Assert.Equal(5, settings.PageSize);
        Assert.Equal("zh", settings.DefaultLanguageSettings.Code);
        Assert.Equal("会议新闻", settings.FindLanguage("zh")!.SiteTitle);
    }

    [Fact]
    public void Command_line_overrides_win_and_are_typed()
    {
        var overrides = SettingsLoader.ParseOverrides(["pagesize=3", "SiteTitle=Other title", "IncludeDrafts=true"]);

        var settings = SettingsLoader.Parse("""{ "PageSize": 10, "SiteTitle": "A" }""", "statiq.json", overrides);

        Assert.Equal(3, settings.PageSize);
        Assert.Equal("Other title", settings.SiteTitle);
        Assert.True(settings.IncludeDrafts);
    }

    [Fact]
    public void Broken_json_names_the_file_and_line()
    {
        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Parse("{\n  \"Host\": \"a\"\n  \"PageSize\": 3\n}", "statiq.json"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("statiq.json", diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
    }

    [Theory]
    [InlineData("""{ "PageSzie": 3 }""", "PageSzie")]
    [InlineData("""{ "PageSize": "many" }""", "PageSize")]
    [InlineData("""{ "DefaultLanguage": "fr" }""", "'fr'")]
    [InlineData("""{ "Languages": [] }""", "No languages")]
    [InlineData("""{ "Languages": [{ "Code": "EN" }], "DefaultLanguage": "EN" }""", "lower-case")]
    [InlineData("""{ "Host": "https://example.org" }""", "host name only")]
    [InlineData("""{ "PageSize": 0 }""", "at least 1")]
    [InlineData("""{ "RelatedCount": -1 }""", "RelatedCount must not be negative")]
    [InlineData("""{ "RelatedWeights": { "Tags": -5 } }""", "RelatedWeights must not hold a negative weight")]
    [InlineData("""{ "RelatedWeights": { "Tgas": 5 } }""", "Tgas")]
    public void Bad_settings_are_reported_with_the_setting_named(string json, string expected)
    {
        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Parse(json, "statiq.json"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Related_weights_left_out_keep_their_defaults()
    {
        var settings = SettingsLoader.Parse("""{ "RelatedCount": 2, "RelatedWeights": { "Event": 0 } }""", "statiq.json");

        Assert.Equal(2, settings.RelatedCount);
        Assert.Equal(new RelatedWeights { Speakers = 100, Forums = 80, Tags = 80, Event = 0 }, settings.RelatedWeights);
    }

    [Fact]
    public void A_missing_file_means_defaults()
    {
        var settings = SettingsLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString(), "statiq.json"));

        Assert.Equal("en", settings.DefaultLanguage);
    }
}
