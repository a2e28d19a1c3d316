using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class AutoEscapingTests
{
    [Fact]
    public void Output_of_a_script_title_is_html_escaped()
    {
        var html = Templates.Render("<h1>{{ title }}</h1>", ("title", "<script>alert(1)</script>"));

        Assert.Equal("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html);
    }

    [Fact]
    public void All_five_significant_characters_are_escaped()
    {
        Assert.Equal("&lt;&gt;&amp;&quot;&#39;", Templates.Render("{{ x }}", ("x", "<>&\"'")));
    }

    [Fact]
    public void Chinese_and_other_characters_pass_through_unchanged()
    {
        Assert.Equal("乌镇 — café ✓ 😀", Templates.Render("{{ x }}", ("x", "乌镇 — café ✓ 😀")));
    }

    [Fact]
    public void Raw_as_last_filter_outputs_unescaped()
    {
        Assert.Equal("<b>bold</b>", Templates.Render("{{ x | raw }}", ("x", "<b>bold</b>")));
    }

    [Fact]
    public void A_filter_after_raw_makes_the_value_plain_text_again()
    {
        Assert.Equal("&lt;B&gt;", Templates.Render("{{ x | raw | upcase }}", ("x", "<b>")));
    }

    [Fact]
    public void Escape_filter_output_is_escaped_exactly_once()
    {
        Assert.Equal("&lt;b&gt; &amp; &quot;", Templates.Render("{{ x | escape }}", ("x", "<b> & \"")));
    }

    [Fact]
    public void Escape_once_does_not_double_escape_existing_entities()
    {
        Assert.Equal("&lt;b&gt; &amp; &lt;", Templates.Render("{{ x | escape_once }}", ("x", "<b> &amp; &lt;")));
    }

    [Fact]
    public void Captured_html_is_not_escaped_again_when_output()
    {
        var html = Templates.Render("{% capture card %}<p>{{ title }}</p>{% endcapture %}{{ card }}", ("title", "a < b"));

        Assert.Equal("<p>a &lt; b</p>", html);
    }

    [Fact]
    public void Captured_html_stays_html_through_strip_and_truncate()
    {
        var html = Templates.Render("{% capture c %}  <em>x &amp; y</em>  {% endcapture %}[{{ c | strip }}]");

        Assert.Equal("[<em>x &amp; y</em>]", html);
    }

    [Fact]
    public void Appending_plain_text_to_html_escapes_only_the_plain_part()
    {
        var html = Templates.Render("{% capture c %}<b>hi</b>{% endcapture %}{{ c | append: title }}", ("title", "<i>"));

        Assert.Equal("<b>hi</b>&lt;i&gt;", html);
    }

    [Fact]
    public void Assigned_strings_are_escaped_when_output()
    {
        Assert.Equal("&lt;b&gt;", Templates.Render("{% assign x = '<b>' %}{{ x }}"));
    }

    [Fact]
    public void LiquidHtml_values_from_the_host_are_written_as_is()
    {
        Assert.Equal("<article>hi</article>", Templates.Render("{{ content }}", ("content", new LiquidHtml("<article>hi</article>"))));
    }

    [Fact]
    public void Lists_output_each_item_escaped()
    {
        Assert.Equal("&lt;a&gt;b", Templates.Render("{{ items }}", ("items", new[] { "<a>", "b" })));
    }

    [Fact]
    public void Template_text_itself_is_never_escaped()
    {
        Assert.Equal("<p class=\"x\">&amp;</p>", Templates.Render("<p class=\"x\">&amp;</p>"));
    }
}
