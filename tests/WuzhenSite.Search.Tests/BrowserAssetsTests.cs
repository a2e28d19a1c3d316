namespace WuzhenSite.Search.Tests;

public sealed class BrowserAssetsTests
{
    [Fact]
    public void Embeds_the_same_lunr_cjk_script_the_node_tests_run()
    {
        string onDisk = File.ReadAllText(Path.Combine(NodeHarness.HarnessDirectory, "..", "..", "..", "src", "WuzhenSite.Search", "browser", BrowserAssets.LunrCjkScriptFileName));
        Assert.Equal(onDisk, BrowserAssets.ReadLunrCjkScript());
        Assert.Contains("'cjkBigrams'", onDisk, StringComparison.Ordinal);
    }
}
