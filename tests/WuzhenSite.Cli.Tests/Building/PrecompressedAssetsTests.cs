using System.IO.Compression;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// The search page's scripts are most of what it loads before a query, so text assets get .gz and
/// .br copies beside them, as the search files do; files already compressed (images) and files
/// too small to gain do not.
/// </summary>
public sealed class PrecompressedAssetsTests(SampleSiteBuildTests.BuiltSample sample) : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    [Theory]
    [InlineData("assets/js/search.js")]
    [InlineData("assets/js/lunr-sharded.js")]
    [InlineData("assets/js/vendor/lunr.min.js")]
    [InlineData("assets/css/site.css")]
    public void Text_assets_have_copies_that_decompress_to_the_file(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(sample.Output, file));

        var brotli = Decompress(new BrotliStream(File.OpenRead(Path.Combine(sample.Output, file + ".br")), CompressionMode.Decompress));
        var gzip = Decompress(new GZipStream(File.OpenRead(Path.Combine(sample.Output, file + ".gz")), CompressionMode.Decompress));

        Assert.Equal(original, brotli);
        Assert.Equal(original, gzip);
        Assert.True(new FileInfo(Path.Combine(sample.Output, file + ".br")).Length < original.Length / 2);
    }

    [Fact]
    public void Only_text_assets_of_a_kilobyte_or_more_are_compressed()
    {
        var assets = Path.Combine(sample.Output, "assets");
        foreach (var copy in Directory.EnumerateFiles(assets, "*.br", SearchOption.AllDirectories))
        {
            var original = copy[..^3];
            Assert.Contains(Path.GetExtension(original), WuzhenSite.Output.PrecompressFiles.TextExtensions);
            Assert.True(new FileInfo(original).Length >= WuzhenSite.Output.Precompression.MinimumBytes, original);
        }

        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal)))
        {
            var expected = WuzhenSite.Output.PrecompressFiles.TextExtensions.Contains(Path.GetExtension(file)) && new FileInfo(file).Length >= WuzhenSite.Output.Precompression.MinimumBytes;
            Assert.True(expected == File.Exists(file + ".br"), $"{file}: copies expected {expected}");
        }
    }

    [Fact]
    public async Task The_setting_turns_the_copies_off()
    {
        using var folder = new TemporaryFolder();
        var result = await SampleBuild.RunAsync(folder.Combine("out"), new Dictionary<string, string> { ["PrecompressAssets"] = "false" }, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Empty(Directory.EnumerateFiles(folder.Combine("out", "assets"), "*.br", SearchOption.AllDirectories));
        Assert.True(File.Exists(folder.Combine("out", "assets", "js", "search.js")));
    }

    private static byte[] Decompress(Stream stream)
    {
        using var output = new MemoryStream();
        using (stream)
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }
}
