using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class FormatFilterTests
{
    [Fact]
    public void Format_fills_numbered_placeholders()
    {
        var result = Templates.Render(
            "{{ t.min_read | format: page.reading_minutes }}",
            ("t", new Dictionary<string, object?> { ["min_read"] = "{0} 分钟阅读" }),
            ("page", new TestPage("x", 7, false, null, "", [])));

        Assert.Equal("7 分钟阅读", result);
    }

    [Fact]
    public void Format_supports_several_arguments_in_any_order()
    {
        Assert.Equal("b-a-b", Templates.Render("{{ '{1}-{0}-{1}' | format: 'a', 'b' }}"));
    }

    [Fact]
    public void Format_leaves_other_braces_and_missing_indexes_alone()
    {
        Assert.Equal("{x} {5} {} a", Templates.Render("{{ '{x} {5} {} {0}' | format: 'a' }}"));
    }

    [Fact]
    public void Format_result_is_escaped_when_output()
    {
        Assert.Equal("&lt;b&gt;", Templates.Render("{{ '{0}' | format: '<b>' }}"));
    }

    [Fact]
    public void Format_with_an_html_pattern_escapes_only_the_arguments()
    {
        Assert.Equal("<b>&lt;i&gt;</b>", Templates.Render("{{ p | format: x }}", ("p", new LiquidHtml("<b>{0}</b>")), ("x", "<i>")));
    }
}
