using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class UnlessTagTests
{
    [Theory]
    [InlineData(false, "shown")]
    [InlineData(true, "hidden")]
    public void Unless_renders_when_the_condition_is_false(bool draft, string expected)
    {
        Assert.Equal(expected, Templates.Render("{% unless draft %}shown{% else %}hidden{% endunless %}", ("draft", draft)));
    }

    [Fact]
    public void Unless_supports_elsif()
    {
        Assert.Equal("b", Templates.Render("{% unless true %}a{% elsif true %}b{% endunless %}"));
    }
}
