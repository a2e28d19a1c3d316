using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class UrlFilterTests
{
    [Theory]
    [InlineData("john@liquid.com", "john%40liquid.com")]
    [InlineData("Tetsuro Takara", "Tetsuro+Takara")]
    [InlineData("a-b_c.d~e", "a-b_c.d~e")]
    [InlineData("乌镇", "%E4%B9%8C%E9%95%87")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void Url_encode_form_encodes(string input, string expected)
    {
        Assert.Equal(expected, Templates.Render("{{ x | url_encode }}", ("x", input)));
    }

    [Theory]
    [InlineData("%27Stop%21%27+said+Fred", "&#39;Stop!&#39; said Fred")]
    [InlineData("%E4%B9%8C%E9%95%87", "乌镇")]
    public void Url_decode_reverses_encoding(string input, string expected)
    {
        Assert.Equal(expected, Templates.Render("{{ x | url_decode }}", ("x", input)));
    }
}
