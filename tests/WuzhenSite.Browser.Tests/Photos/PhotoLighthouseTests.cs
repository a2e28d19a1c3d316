using System.Globalization;
using System.Text;
using WuzhenSite.Browser.Tests.Support;
using WuzhenSite.Tests.Shared;

namespace WuzhenSite.Browser.Tests.Photos;

/// <summary>
/// Lighthouse's default (mobile, simulated slow 4G) run on the article with the 4000×3000 cover,
/// served by nginx with the documented configuration (the build's Brotli and gzip copies): the photo work must keep every category at 0.95 or
/// more and the largest paint (the cover) within 2.5 s. The report is kept as a test artifact.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhotoLighthouseTests(PhotoSite photos) : IClassFixture<PhotoSite>
{
    private const double MinimumScore = 0.95;
    private const double MaximumLcpMs = 2500;
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    [Fact]
    public async Task The_photo_article_scores_at_least_095_in_every_category_with_the_cover_painted_within_25_s()
    {
        if (photos.Unavailable is not null)
        {
            Assert.Skip(photos.Unavailable);
        }

        NginxServer.Require();
        var cancellation = TestContext.Current.CancellationToken;
        await using var nginx = await NginxServer.StartAsync(photos.Output, cancellation);
        using var report = await LighthouseReport.RunAsync(nginx.BaseUrl + PhotoSite.ArticlePath, "photo-article", Categories, cancellation);

        var problems = new StringBuilder();
        foreach (var category in Categories)
        {
            var score = report.Score(category);
            if (score is not { } value || value < MinimumScore)
            {
                problems.Append(CultureInfo.InvariantCulture, $"{category}: {score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "no score"}\n");
                problems.Append(report.FailingAudits(category));
            }
        }

        var lcp = report.Numeric("largest-contentful-paint");
        if (lcp >= MaximumLcpMs)
        {
            problems.Append(CultureInfo.InvariantCulture, $"largest-contentful-paint: {lcp:0} ms (element:{report.Details("largest-contentful-paint-element")})\n");
        }

        // What the run measured, for the test log whether it passes or not (the time is reported, never asserted).
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary(Categories));
        Assert.True(problems.Length == 0, $"Lighthouse on {PhotoSite.ArticlePath} (report: {report.Path}):\n{problems}");
    }
}
