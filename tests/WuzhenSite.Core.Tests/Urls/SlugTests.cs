using WuzhenSite.Text;

namespace WuzhenSite.Core.Tests.Urls;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Ren Xianliang", "ren-xianliang")]
    [InlineData("ren  xianliang", "ren-xianliang")]
    [InlineData("Ren-Xianliang!", "ren-xianliang")]
    [InlineData("  Digital Economy Forum ", "digital-economy-forum")]
    [InlineData("China's Internet", "chinas-internet")]
    [InlineData("Café Société", "cafe-societe")]
    [InlineData("5G", "5g")]
    [InlineData("任贤良", "任贤良")]
    [InlineData("2021年世界互联网大会 乌镇峰会", "2021年世界互联网大会-乌镇峰会")]
    [InlineData("!!!", "")]
    public void Makes_stable_url_safe_slugs(string name, string slug)
    {
        Assert.Equal(slug, Slug.From(name));
    }

    [Fact]
    public void Names_differing_only_in_case_spacing_or_punctuation_share_a_slug()
    {
        Assert.Equal(Slug.From("Digital Silk Road"), Slug.From("digital-silk   road."));
    }

    [Theory]
    [InlineData("opening-ceremony", true)]
    [InlineData("开幕式", true)]
    [InlineData("../../etc", false)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    [InlineData(".hidden", false)]
    [InlineData("with space", false)]
    [InlineData("", false)]
    public void Knows_a_safe_single_segment(string segment, bool safe)
    {
        Assert.Equal(safe, Slug.IsSafeSegment(segment));
    }
}
