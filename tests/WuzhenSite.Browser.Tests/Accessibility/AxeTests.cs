using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Accessibility;

/// <summary>axe-core on the pages people use most: no violations of WCAG 2.2 A and AA rules.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserSite site)
{
    [Theory]
    [InlineData("/en/", false)]
    [InlineData("/zh/", false)]
    [InlineData("/en/news/2017-wic-opens-in-wuzhen/", false)]
    [InlineData("/en/transcripts/2017-scio-press-conference-fourth-wic/", false)]
    [InlineData("/zh/transcripts/2017-scio-press-conference-fourth-wic/", false)]
    [InlineData("/en/speakers/ren-xianliang/", false)]
    [InlineData("/en/search/?q=digital+silk+road", false)]
    [InlineData("/en/", true)]
    [InlineData("/en/transcripts/2017-scio-press-conference-fourth-wic/", true)]
    [InlineData("/en/news/2021-press-shuttle-buses/", false)]
    [InlineData("/en/news/2021-press-shuttle-buses/", true)]
    [InlineData("/en/news/2021/", false)]
    [InlineData("/zh/news/2019/", true)]
    public async Task The_page_has_no_wcag_a_or_aa_violations(string path, bool dark)
    {
        var page = await site.NewPageAsync();
        if (dark)
        {
            await page.EmulateMediaAsync(new Microsoft.Playwright.PageEmulateMediaOptions { ColorScheme = Microsoft.Playwright.ColorScheme.Dark });
        }

        await page.GotoAsync(site.BaseUrl + path);

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{path} ({(dark ? "dark" : "light")}):\n" + string.Join('\n', violations));
    }
}
