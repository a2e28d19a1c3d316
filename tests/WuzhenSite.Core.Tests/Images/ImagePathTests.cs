using WuzhenSite.Images.Resolving;

namespace WuzhenSite.Core.Tests.Images;

public sealed class ImagePathTests
{
    [Theory]
    [InlineData("/assets/photos/stage.jpg", "news/2021/a.md", "assets/photos/stage.jpg")]
    [InlineData("stage.jpg", "news/2021/summit/index.md", "news/2021/summit/stage.jpg")]
    [InlineData("../shared/hall%20one.jpg?v=2#x", "news/2021/summit/index.md", "news/2021/shared/hall one.jpg")]
    [InlineData("./stage.jpg", "pages/about.md", "pages/stage.jpg")]
    public void An_address_names_a_path_under_the_input_folder(string url, string page, string expected) =>
        Assert.Equal(expected, ImagePaths.InInput(url, page));

    [Theory]
    [InlineData("../../../etc/passwd.jpg", "news/a.md")]
    [InlineData("/../secret.jpg", "news/a.md")]
    public void An_address_that_climbs_out_of_the_input_folder_names_nothing(string url, string page) =>
        Assert.Null(ImagePaths.InInput(url, page));
}
