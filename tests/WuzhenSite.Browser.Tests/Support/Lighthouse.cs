using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WuzhenSite.Tests.Shared;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>
/// Lighthouse's command line (npm <c>lighthouse</c>, its default mobile profile with simulated slow 4G)
/// on Debian's Chromium, against a site that nginx serves as production does (<see cref="NginxServer"/>, with the documented configuration).
/// The JSON report is kept as a test artifact, and read here for scores, metrics and what cost points.
/// </summary>
public sealed class LighthouseReport : IDisposable
{
    private readonly JsonDocument _json;

    private LighthouseReport(JsonDocument json, string path, TimeSpan ran)
    {
        _json = json;
        Path = path;
        Ran = ran;
    }

    /// <summary>Where the report is.</summary>
    public string Path { get; }

    /// <summary>How long Lighthouse ran (for the test log, never asserted).</summary>
    public TimeSpan Ran { get; }

    private JsonElement Result => _json.RootElement;

    /// <summary>Audits <paramref name="url"/> in <paramref name="categories"/>, writing the report as <c>TestResults/lighthouse/{name}.report.json</c>.</summary>
    public static async Task<LighthouseReport> RunAsync(string url, string name, IReadOnlyList<string> categories, CancellationToken cancellation)
    {
        var report = System.IO.Path.GetFullPath(System.IO.Path.Combine(BrowserSite.ArtifactsFolder, "..", "lighthouse", name + ".report.json"));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(report)!);
        File.Delete(report);

        var started = Stopwatch.GetTimestamp();
        await RunCliAsync(url, report, categories, cancellation);
        var ran = Stopwatch.GetElapsedTime(started);

        var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, cancellation));
        var result = new LighthouseReport(json, report, ran);
        Assert.False(json.RootElement.TryGetProperty("runtimeError", out var runtimeError), $"Lighthouse could not audit {url}: {runtimeError}");
        return result;
    }

    /// <summary>The category's score from 0 to 1, or null when Lighthouse gave none.</summary>
    public double? Score(string category) => ScoreOf(Result.GetProperty("categories").GetProperty(category));

    /// <summary>An audit's measured value (milliseconds for times, unitless for the layout shift).</summary>
    public double Numeric(string audit) => Result.GetProperty("audits").GetProperty(audit).GetProperty("numericValue").GetDouble();

    /// <summary>The category's audits that cost it points, with their weight and what Lighthouse says about them.</summary>
    public string FailingAudits(string category)
    {
        var audits = Result.GetProperty("audits");
        var lines = new StringBuilder();
        foreach (var reference in Result.GetProperty("categories").GetProperty(category).GetProperty("auditRefs").EnumerateArray())
        {
            var audit = audits.GetProperty(reference.GetProperty("id").GetString()!);
            if (ScoreOf(audit) is not { } score || score >= 1 || reference.GetProperty("weight").GetDouble() == 0 && score >= 0.9)
            {
                continue;
            }

            var shown = audit.TryGetProperty("displayValue", out var display) ? $" ({display.GetString()})" : "";
            lines.Append(CultureInfo.InvariantCulture,
                $"  {reference.GetProperty("id").GetString()} score {score:0.00} weight {reference.GetProperty("weight").GetDouble()}{shown}: {audit.GetProperty("title").GetString()}{Items(audit)}\n");
        }

        return lines.ToString();
    }

    /// <summary>What an audit names first (elements, URLs), e.g. the largest paint's element or the elements that shifted.</summary>
    public string Details(string audit, int count = 3) =>
        Result.GetProperty("audits").TryGetProperty(audit, out var found) ? Items(found, count) : "";

    /// <summary>Every URL the page requested while Lighthouse watched it (its network-requests audit).</summary>
    public IReadOnlyList<string> RequestedUrls() =>
        Result.GetProperty("audits").GetProperty("network-requests").GetProperty("details").GetProperty("items")
            .EnumerateArray().Select(item => item.GetProperty("url").GetString()!).ToList();

    /// <summary>The categories' scores and the page's main metrics on one line, for the test log.</summary>
    public string Summary(IEnumerable<string> categories) =>
        string.Join(", ", categories.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c} {Score(c):0.00}")))
        + string.Create(CultureInfo.InvariantCulture,
            $"; FCP {Numeric("first-contentful-paint"):0} ms; LCP {Numeric("largest-contentful-paint"):0} ms; CLS {Numeric("cumulative-layout-shift"):0.000}; TBT {Numeric("total-blocking-time"):0} ms; Lighthouse ran {Ran.TotalSeconds:0.0} s");

    public void Dispose() => _json.Dispose();

    private static async Task RunCliAsync(string url, string report, IReadOnlyList<string> categories, CancellationToken cancellation)
    {
        var cli = System.IO.Path.Combine(NodePackages.Folder, "node_modules", "lighthouse", "cli", "index.js");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, url, "--output=json", "--output-path=" + report,
            "--only-categories=" + string.Join(',', categories), "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        // Lighthouse's launcher has no path option: it takes the browser from CHROME_PATH.
        start.Environment["CHROME_PATH"] = BrowserSite.ChromiumPath;
        using var lighthouse = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; Node.js is a prerequisite.");
        var output = lighthouse.StandardOutput.ReadToEndAsync(cancellation);
        var errors = lighthouse.StandardError.ReadToEndAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await lighthouse.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            lighthouse.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(lighthouse.ExitCode == 0 && File.Exists(report),
            $"Lighthouse exited with code {lighthouse.ExitCode}:\n{await output}\n{await errors}");
    }

    private static double? ScoreOf(JsonElement scored) =>
        scored.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null;

    /// <summary>The first few things an audit names (URLs, elements), so a failure says where to look.</summary>
    private static string Items(JsonElement audit, int count = 3)
    {
        if (!audit.TryGetProperty("details", out var details) || !details.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var named = items.EnumerateArray().Take(count).Select(Named).ToList();
        return named.Count == 0 ? "" : " — " + string.Join("; ", named);
    }

    private static string Named(JsonElement item)
    {
        if (item.TryGetProperty("url", out var url))
        {
            return url.ToString();
        }

        var what = item.TryGetProperty("node", out var node) && node.TryGetProperty("snippet", out var snippet) ? snippet.GetString()
            // The largest paint's element is a table nested in the item.
            : item.TryGetProperty("items", out var nested) && nested.ValueKind == JsonValueKind.Array && nested.GetArrayLength() > 0 ? Named(nested[0])
            : item.GetRawText();
        return item.TryGetProperty("score", out var shift) && shift.ValueKind == JsonValueKind.Number
            ? string.Create(CultureInfo.InvariantCulture, $"{what} (shift {shift.GetDouble():0.000})")
            : what ?? "";
    }
}
