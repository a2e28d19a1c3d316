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

    /// <summary>The file name to publish the sharded-index search script under.</summary>
    public const string LunrShardedScriptFileName = "lunr-sharded.js";

    /// <summary>The file name to publish the phrase query script under.</summary>
    public const string LunrPhrasesScriptFileName = "lunr-phrases.js";

    private const string LunrCjkResourceName = "WuzhenSite.Search.browser.lunr-cjk.js";
    private const string LunrShardedResourceName = "WuzhenSite.Search.browser.lunr-sharded.js";
    private const string LunrPhrasesResourceName = "WuzhenSite.Search.browser.lunr-phrases.js";

    /// <summary>Opens the embedded <c>lunr-cjk.js</c> (UTF-8).</summary>
    public static Stream OpenLunrCjkScript() =>
        typeof(BrowserAssets).Assembly.GetManifestResourceStream(LunrCjkResourceName)
        ?? throw new InvalidOperationException($"Embedded resource '{LunrCjkResourceName}' is missing.");

    /// <summary>The text of <c>lunr-cjk.js</c>.</summary>
    public static string ReadLunrCjkScript() => ReadResource(LunrCjkResourceName);

    /// <summary>The text of <c>lunr-sharded.js</c>, which searches indexes written by <see cref="ShardedIndexWriter"/>.</summary>
    public static string ReadLunrShardedScript() => ReadResource(LunrShardedResourceName);

    /// <summary>The text of <c>lunr-phrases.js</c>, which answers quoted phrases from <see cref="PhrasePositionsWriter"/>'s files.</summary>
    public static string ReadLunrPhrasesScript() => ReadResource(LunrPhrasesResourceName);

    private static string ReadResource(string name)
    {
        using var stream = typeof(BrowserAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
