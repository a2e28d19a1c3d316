using Microsoft.Playwright;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>What a person would check on a page, as browser queries.</summary>
internal static class PageChecks
{
    /// <summary>True when the page is wider than the viewport (the reader would have to scroll sideways).</summary>
    public static Task<bool> ScrollsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    /// <summary>Saves a full-page screenshot as a test artifact.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ArtifactsFolder, name + ".png"), FullPage = true });
}
