using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class DefaultFilterTests
{
    public static TheoryData<object?, string> Inputs => new()
    {
        { null, "fallback" },
        { false, "fallback" },
        { "", "fallback" },
        { Array.Empty<string>(), "fallback" },
        { " ", " " },
        { "value", "value" },
        { 0, "0" },
        { true, "true" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Default_replaces_nil_false_and_empty(object? input, string expected)
    {
        Assert.Equal(expected, Templates.Render("{{ v | default: 'fallback' }}", ("v", input)));
    }

    [Fact]
    public void Allow_false_keeps_false()
    {
        Assert.Equal("false fallback", Templates.Render("{{ f | default: 'fallback', allow_false: true }} {{ n | default: 'fallback', allow_false: true }}", ("f", false), ("n", null)));
    }

    [Fact]
    public void Unknown_named_argument_is_a_parse_error()
    {
        var error = Templates.ParseError("{{ x | default: 1, allow_nil: true }}");

        Assert.Contains("allow_false", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fallback_is_escaped_like_any_output()
    {
        Assert.Equal("&lt;none&gt;", Templates.Render("{{ missing | default: '<none>' }}"));
    }
}
