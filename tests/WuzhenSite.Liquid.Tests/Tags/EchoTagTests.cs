using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class EchoTagTests
{
    [Fact]
    public void Echo_outputs_like_double_braces_with_escaping()
    {
        Assert.Equal("&lt;A&gt;", Templates.Render("{% echo x | upcase %}", ("x", "<a>")));
    }
}
