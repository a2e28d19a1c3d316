using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class CaseTagTests
{
    private const string Source = """
        {%- case lang -%}
          {%- when 'zh', 'zh-cn' -%}中文
          {%- when 'en' or 'en-us' -%}English
          {%- when 1 -%}one
          {%- else -%}other
        {%- endcase -%}
        """;

    [Theory]
    [InlineData("zh", "中文")]
    [InlineData("zh-cn", "中文")]
    [InlineData("en-us", "English")]
    [InlineData("fr", "other")]
    public void When_lists_match_with_commas_or_or(string lang, string expected)
    {
        Assert.Equal(expected, Templates.Render(Source, ("lang", lang)));
    }

    [Fact]
    public void When_compares_numbers_by_value()
    {
        Assert.Equal("one", Templates.Render(Source, ("lang", 1L)));
    }

    [Fact]
    public void Case_without_else_renders_nothing_when_nothing_matches()
    {
        Assert.Equal(string.Empty, Templates.Render("{% case x %}{% when 1 %}one{% endcase %}", ("x", 2)));
    }

    [Fact]
    public void Text_other_than_whitespace_before_the_first_when_is_an_error()
    {
        var error = Templates.ParseError("{% case x %}oops{% when 1 %}{% endcase %}");

        Assert.Contains("when", error.Reason, StringComparison.Ordinal);
    }
}
