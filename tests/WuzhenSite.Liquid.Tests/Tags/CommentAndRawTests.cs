using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class CommentAndRawTests
{
    [Fact]
    public void Comment_blocks_render_nothing_and_are_not_parsed()
    {
        Assert.Equal("ab", Templates.Render("a{% comment %}{% bogus %} {{ unclosed {% endcomment %}b"));
    }

    [Fact]
    public void Nested_comment_blocks_close_at_the_matching_end()
    {
        Assert.Equal("ab", Templates.Render("a{% comment %}x{% comment %}y{% endcomment %}z{% endcomment %}b"));
    }

    [Fact]
    public void Inline_comments_render_nothing()
    {
        Assert.Equal("ab", Templates.Render("a{% # a note for theme authors %}b"));
    }

    [Fact]
    public void Raw_blocks_output_liquid_syntax_literally()
    {
        Assert.Equal("{{ page.title }} {% if %}", Templates.Render("{% raw %}{{ page.title }} {% if %}{% endraw %}"));
    }

    [Fact]
    public void Unclosed_raw_is_a_parse_error()
    {
        var error = Templates.ParseError("x\n{% raw %}{{ a }}");

        Assert.Equal(2, error.Line);
        Assert.Contains("endraw", error.Reason, StringComparison.Ordinal);
    }
}
