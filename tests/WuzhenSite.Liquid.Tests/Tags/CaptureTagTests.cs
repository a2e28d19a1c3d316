using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class CaptureTagTests
{
    [Fact]
    public void Capture_stores_rendered_output()
    {
        Assert.Equal("[Hi Li!]", Templates.Render("{% capture greeting %}Hi {{ name }}!{% endcapture %}[{{ greeting }}]", ("name", "Li")));
    }

    [Fact]
    public void Capture_renders_nothing_in_place()
    {
        Assert.Equal("ab", Templates.Render("a{% capture x %}hidden{% endcapture %}b"));
    }

    [Fact]
    public void Nested_captures_are_independent()
    {
        Assert.Equal("outer(inner)|inner", Templates.Render("{% capture o %}outer({% capture i %}inner{% endcapture %}{{ i }}){% endcapture %}{{ o }}|{{ i }}"));
    }

    [Fact]
    public void Captured_value_can_be_compared_as_a_string()
    {
        Assert.Equal("same", Templates.Render("{% capture x %}abc{% endcapture %}{% if x == 'abc' %}same{% endif %}"));
    }
}
