using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Parsing;

public sealed class TemplateLexerTests
{
    [Fact]
    public void Closing_delimiters_inside_quoted_strings_do_not_end_markup()
    {
        Assert.Equal("a }} b|c %} d", Templates.Render("{{ 'a }} b' }}|{% assign x = \"c %} d\" %}{{ x }}"));
    }

    [Fact]
    public void Lone_braces_and_percent_signs_are_text()
    {
        Assert.Equal("{ } % {x} 100%", Templates.Render("{ } % {x} 100%"));
    }

    [Fact]
    public void Apostrophes_in_text_do_not_confuse_markup()
    {
        Assert.Equal("It's Li's page", Templates.Render("It's {{ name }}'s page", ("name", "Li")));
    }

    [Fact]
    public void Markup_may_span_lines()
    {
        Assert.Equal("A", Templates.Render("{{\n  x\n  | upcase\n}}", ("x", "a")));
    }

    [Fact]
    public void Empty_output_renders_nothing()
    {
        Assert.Equal("ab", Templates.Render("a{{ }}b"));
    }

    [Fact]
    public void Empty_tag_is_a_parse_error()
    {
        var error = Templates.ParseError("a {% %}");

        Assert.Equal(3, error.Column);
        Assert.Contains("Empty tag", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_containing_an_apostrophe_still_closes()
    {
        Assert.Equal("ab", Templates.Render("a{% comment %}{% it's %}{% endcomment %}b"));
    }

    [Fact]
    public void Bracketed_root_variables_resolve_names_dynamically()
    {
        Assert.Equal("v", Templates.Render("{{ [key] }}", ("key", "name"), ("name", "v")));
    }
}
