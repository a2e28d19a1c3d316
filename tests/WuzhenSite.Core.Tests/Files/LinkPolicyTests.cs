using WuzhenSite.Files;

namespace WuzhenSite.Core.Tests.Files;

public sealed class LinkPolicyTests
{
    private static readonly LinkPolicy Strict = new(FollowOutside: false);

    [Theory]
    [InlineData("/site/input/assets/logo.svg", LinkVerdict.Follow)]
    [InlineData("/site/input", LinkVerdict.Follow)]
    [InlineData("/site/input-other/logo.svg", LinkVerdict.Outside)]
    [InlineData("/etc/passwd", LinkVerdict.Outside)]
    public void A_link_is_followed_only_when_its_real_target_is_inside_the_root(string target, LinkVerdict expected)
    {
        Assert.Equal(expected, Strict.Decide(target, Resolution.Exists, targetIsFolder: false, "/site/input", []));
    }

    [Fact]
    public void FollowSymlinks_follows_a_link_outside_but_never_a_loop_or_a_dangling_link()
    {
        var lenient = new LinkPolicy(FollowOutside: true);

        Assert.Equal(LinkVerdict.Follow, lenient.Decide("/etc/passwd", Resolution.Exists, false, "/site/input", []));
        Assert.Equal(LinkVerdict.Dangling, lenient.Decide("/site/input/gone", Resolution.Missing, false, "/site/input", []));
        Assert.Equal(LinkVerdict.Loop, lenient.Decide("/site/input/a", Resolution.Loop, false, "/site/input", []));
        Assert.Equal(LinkVerdict.Loop, lenient.Decide("/site/input", Resolution.Exists, true, "/site/input", ["/site/input", "/site/input/news"]));
    }

    [Fact]
    public void A_folder_link_to_a_folder_beside_the_walk_is_followed()
    {
        Assert.Equal(LinkVerdict.Follow, Strict.Decide("/site/input/extra", Resolution.Exists, true, "/site/input", ["/site/input", "/site/input/news"]));
    }

    [Fact]
    public void Each_real_file_is_published_once_preferring_its_own_path_then_the_first_link()
    {
        SourceFile[] files =
        [
            new("assets/pictures/a.svg", "/in/assets/images/a.svg", ThroughLink: true),
            new("assets/images/a.svg", "/in/assets/images/a.svg", ThroughLink: false),
            new("news/more/b.md", "/in/extra/b.md", ThroughLink: true),
            new("news/also/b.md", "/in/extra/b.md", ThroughLink: true),
        ];

        var once = SourceTree.PublishOnce(files);

        Assert.Equal(["assets/images/a.svg", "news/also/b.md"], once.Select(f => f.Relative));
    }
}
