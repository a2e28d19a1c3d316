using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class HtmlFilterTests
{
    [Fact]
    public void Strip_html_removes_tags_scripts_styles_and_comments()
    {
        const string html = "<p>Hi <b>there</b></p><script>var x = '<p>';</script><style>p{}</style><!-- note -->!";

        Assert.Equal("Hi there!", Templates.Render("{{ x | strip_html }}", ("x", html)));
    }

    [Fact]
    public void Strip_html_on_html_content_keeps_entities_once_escaped()
    {
        Assert.Equal("a &amp; b", Templates.Render("{{ c | strip_html }}", ("c", new LiquidHtml("<p>a &amp; b</p>"))));
    }

    [Fact]
    public void Newline_to_br_escapes_text_and_inserts_breaks()
    {
        Assert.Equal("a&lt;b<br />\nc<br />\n", Templates.Render("{{ x | newline_to_br }}", ("x", "a<b\r\nc\n")));
    }

    [Fact]
    public void Escape_on_nil_outputs_nothing()
    {
        Assert.Equal(string.Empty, Templates.Render("{{ nothing | escape }}"));
    }

    [Fact]
    public void Raw_keeps_html_from_a_filter_chain()
    {
        Assert.Equal("<i>X</i>", Templates.Render("{{ '<i>x</i>' | replace: 'x', 'X' | raw }}"));
    }

    [Fact]
    public void Escape_of_captured_html_shows_its_source()
    {
        Assert.Equal("&lt;b&gt;", Templates.Render("{% capture c %}<b>{% endcapture %}{{ c | escape }}"));
    }

    [Fact]
    public void Strip_html_decodes_entities_so_text_is_escaped_once()
    {
        Assert.Equal("a &amp; b &lt;c&gt; 中", Templates.Render("{{ x | strip_html }}", ("x", "<p>a &amp; b &lt;c&gt; &#20013;</p>")));
    }

    [Fact]
    public void Strip_html_then_truncate_counts_visible_characters()
    {
        Assert.Equal("Tom &amp;...", Templates.Render("{{ x | strip_html | truncate: 8 }}", ("x", "<b>Tom &amp; Jerry</b>")));
    }

    [Fact]
    public void Json_then_escape_is_safe_in_an_attribute()
    {
        Assert.Equal("{&quot;a&quot;:&quot;\\u003c&quot;}", Templates.Render("{{ d | json | escape }}", ("d", new Dictionary<string, object?> { ["a"] = "<" })));
    }
}
