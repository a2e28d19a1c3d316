using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

public sealed class SafeDestinationTests
{
    [Theory]
    [InlineData("en/news/a/index.html", true)]
    [InlineData("en/新闻/index.html", true)]
    [InlineData("../outside.html", false)]
    [InlineData("en/../../outside.html", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("en//x.html", false)]
    [InlineData("en\\..\\x.html", false)]
    [InlineData("", false)]
    public void Only_paths_inside_the_output_folder_resolve(string destination, bool inside)
    {
        var root = Path.Combine(Path.GetTempPath(), "out");

        Assert.Equal(inside, SafeDestination.Resolve(root, destination) is not null);
    }
}
