using WuzhenSite.Content;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.Core.Tests.Taxonomies;

public sealed class TermIndexTests
{
    [Fact]
    public void A_profile_makes_every_spelling_land_on_one_speaker_with_one_slug()
    {
        var profiles = new[]
        {
            TestPages.Profile(ContentKind.SpeakerProfile, "ren-xianliang", "Ren Xianliang", "en", "任贤良", "Mr. Ren"),
            TestPages.Profile(ContentKind.SpeakerProfile, "ren-xianliang", "任贤良", "zh"),
        };
        var content = new[]
        {
            TestPages.Article("a", speakers: ["Ren Xianliang"]),
            TestPages.Article("a", "zh", speakers: ["任贤良"]),
            TestPages.Article("b", speakers: ["Mr. Ren"]),
        };

        var index = TermIndex.Build(profiles, content, "en");

        var term = index.Resolve(TermKind.Speaker, "任贤良")!;
        Assert.Same(term, index.Resolve(TermKind.Speaker, "ren xianliang"));
        Assert.Same(term, index.Resolve(TermKind.Speaker, "Mr. Ren"));
        Assert.Equal("ren-xianliang", term.Slug);
        Assert.Equal("Ren Xianliang", term.NameIn("en"));
        Assert.Equal("任贤良", term.NameIn("zh"));
        Assert.Single(index.OfKind(TermKind.Speaker));
    }

    [Fact]
    public void Without_a_profile_names_that_differ_in_case_or_punctuation_are_one_term()
    {
        var index = TermIndex.Build([], [TestPages.Article("a", tags: ["Digital Economy"]), TestPages.Article("b", tags: ["digital-economy"])], "en");

        var term = Assert.Single(index.OfKind(TermKind.Tag));
        Assert.Equal("digital-economy", term.Slug);
        Assert.Equal("Digital Economy", term.CanonicalName);
    }

    [Fact]
    public void Chinese_names_without_a_profile_keep_a_readable_slug()
    {
        var index = TermIndex.Build([], [TestPages.Article("a", "zh", tags: ["数字经济"])], "en");

        Assert.Equal("数字经济", Assert.Single(index.OfKind(TermKind.Tag)).Slug);
    }

    [Fact]
    public void Kinds_are_separate_namespaces()
    {
        var index = TermIndex.Build([], [TestPages.Article("a", tags: ["Wuzhen"], forums: ["Wuzhen"])], "en");

        Assert.NotSame(index.Resolve(TermKind.Tag, "Wuzhen"), index.Resolve(TermKind.Forum, "Wuzhen"));
    }

    [Fact]
    public void A_language_without_its_own_profile_shows_the_name_its_documents_use()
    {
        var profiles = new[] { TestPages.Profile(ContentKind.SpeakerProfile, "sheng-yongjun", "Sheng Yongjun", "en", "盛勇军") };

        var index = TermIndex.Build(profiles, [TestPages.Article("a", "zh", speakers: ["盛勇军"])], "en");

        var term = index.Resolve(TermKind.Speaker, "盛勇军")!;
        Assert.Equal("盛勇军", term.NameIn("zh"));
        Assert.Equal("Sheng Yongjun", term.NameIn("en"));
    }
}
