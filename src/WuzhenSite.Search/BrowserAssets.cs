namespace WuzhenSite.Search;

/// <summary>
/// Browser-side files that go with the indexes this library writes. A site that uses
/// <see cref="TextAnalysis.CjkAware"/> must load <c>lunr-cjk.js</c> after lunr.js and before
/// <c>lunr.Index.load</c>, so the <c>cjkBigrams</c> search pipeline function is registered.
/// </summary>
public static class BrowserAssets
{
    /// <summary>The file name to publish the CJK query script under.</summary>
    public const string LunrCjkScriptFileName = "lunr-cjk.js";

    private const string LunrCjkResourceName = "WuzhenSite.Search.browser.lunr-cjk.js";

    /// <summary>Opens the embedded <c>lunr-cjk.js</c> (UTF-8).</summary>
    public static Stream OpenLunrCjkScript() =>
        typeof(BrowserAssets).Assembly.GetManifestResourceStream(LunrCjkResourceName)
        ?? throw new InvalidOperationException($"Embedded resource '{LunrCjkResourceName}' is missing.");

    /// <summary>The text of <c>lunr-cjk.js</c>.</summary>
    public static string ReadLunrCjkScript()
    {
        using var reader = new StreamReader(OpenLunrCjkScript(), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
