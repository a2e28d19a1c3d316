using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class HtmlEncoderTests
{
    [Fact]
    public void Text_without_special_characters_is_returned_as_the_same_instance()
    {
        const string text = "plain text 中文";

        Assert.Same(text, HtmlEncoder.Encode(text));
    }

    [Theory]
    [InlineData("<", "&lt;")]
    [InlineData("a<b>c", "a&lt;b&gt;c")]
    [InlineData("&&", "&amp;&amp;")]
    [InlineData("\"'", "&quot;&#39;")]
    [InlineData("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<x", "&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;x")]
    public void Encode_replaces_each_special_character(string input, string expected)
    {
        Assert.Equal(expected, HtmlEncoder.Encode(input));
    }

    [Fact]
    public void Write_to_a_writer_matches_encode()
    {
        var text = string.Concat(Enumerable.Repeat("中文 <tag attr='v'> & \"quoted\" ", 50));
        using var writer = new StringWriter();

        HtmlEncoder.Write(writer, text);

        Assert.Equal(HtmlEncoder.Encode(text), writer.ToString());
    }

    [Theory]
    [InlineData("&amp; &lt; &#39; &#x27; &nbsp;", "&amp; &lt; &#39; &#x27; &nbsp;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("&#; &x; &1a;", "&amp;#; &x; &amp;1a;")]
    [InlineData("<&copy>", "&lt;&amp;copy&gt;")]
    public void Encode_once_keeps_existing_entities(string input, string expected)
    {
        Assert.Equal(expected, HtmlEncoder.EncodeOnce(input));
    }
}
