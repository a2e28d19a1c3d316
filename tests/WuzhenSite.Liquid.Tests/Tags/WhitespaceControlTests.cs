using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class WhitespaceControlTests
{
    [Fact]
    public void Dashes_on_tags_strip_whitespace_and_newlines_on_their_side()
    {
        const string source = "<ul>\n  {%- for x in list -%}\n    <li>{{ x }}</li>\n  {%- endfor -%}\n</ul>";

        Assert.Equal("<ul><li>a</li><li>b</li></ul>", Templates.Render(source, ("list", new[] { "a", "b" })));
    }

    [Fact]
    public void Dashes_on_output_strip_whitespace()
    {
        Assert.Equal("[x]", Templates.Render("[  \n {{- v -}} \n ]", ("v", "x")));
    }

    [Fact]
    public void Only_the_dashed_side_is_stripped()
    {
        Assert.Equal("a x \nb", Templates.Render("a  {{- ' x' }} \nb"));
    }

    [Fact]
    public void Without_dashes_whitespace_is_kept()
    {
        Assert.Equal("a \n b", Templates.Render("a {% if true %}\n{% endif %} b"));
    }

    [Fact]
    public void Ideographic_spaces_are_content_and_not_stripped()
    {
        Assert.Equal("\u3000x", Templates.Render("\u3000{{- 'x' }}"));
    }
}
