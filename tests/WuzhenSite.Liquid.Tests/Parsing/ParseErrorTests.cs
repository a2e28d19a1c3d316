using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Parsing;

public sealed class ParseErrorTests
{
    [Fact]
    public void Unknown_tag_reports_file_line_and_column()
    {
        var error = Templates.ParseError("<p>\n  hello {% frobnicate x %}\n</p>", "layouts/page.liquid");

        Assert.Equal("layouts/page.liquid", error.FileName);
        Assert.Equal(2, error.Line);
        Assert.Equal(9, error.Column);
        Assert.Contains("Unknown tag 'frobnicate'", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("layouts/page.liquid:2:9: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelled_tag_suggests_the_right_one()
    {
        var error = Templates.ParseError("{% endfi %}");

        Assert.Contains("did you mean 'endif'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_if_points_at_the_if_and_names_the_expected_end()
    {
        var error = Templates.ParseError("a\nb {% if x %}\nc");

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("'if' tag is never closed", error.Reason, StringComparison.Ordinal);
        Assert.Contains("{% endif %}", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_for_inside_if_names_endfor()
    {
        var error = Templates.ParseError("{% if a %}{% for x in y %}{% endif %}");

        Assert.Equal(27, error.Column);
        Assert.Contains("'{% endfor %}'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("line 1, column 11", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_end_tag_is_an_error()
    {
        var error = Templates.ParseError("x {% endif %}");

        Assert.Equal(3, error.Column);
        Assert.Contains("only valid inside an 'if' block", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Elsif_after_else_is_an_error()
    {
        var error = Templates.ParseError("{% if a %}{% else %}{% elsif b %}{% endif %}");

        Assert.Equal(21, error.Column);
        Assert.Contains("expected '{% endif %}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_output_names_the_missing_delimiter()
    {
        var error = Templates.ParseError("ok\n\n   {{ page.title ");

        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("'}}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_tag_names_the_missing_delimiter()
    {
        var error = Templates.ParseError("{% if x }");

        Assert.Contains("'%}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Expression_errors_point_at_the_offending_token()
    {
        var error = Templates.ParseError("{{ page.title | }}");

        Assert.Equal(17, error.Column);
        Assert.Contains("Expected a filter name after '|'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_in_of_a_for_tag_is_explained()
    {
        var error = Templates.ParseError("{% for x posts %}{% endfor %}");

        Assert.Equal(10, error.Column);
        Assert.Contains("Expected 'in'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_without_equals_is_explained()
    {
        var error = Templates.ParseError("{% assign x 5 %}");

        Assert.Contains("'=' after 'assign x'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_string_is_reported_at_the_quote()
    {
        var error = Templates.ParseError("{% assign x = 'abc %}");

        Assert.Equal(15, error.Column);
        Assert.Contains("never closed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_in_conditions_are_rejected_with_advice()
    {
        var error = Templates.ParseError("{% if x | size > 1 %}{% endif %}");

        Assert.Contains("assign", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_argument_count_of_a_known_filter_is_a_parse_error()
    {
        var error = Templates.ParseError("{{ x | append }}");

        Assert.Equal(8, error.Column);
        Assert.Contains("takes 1 argument", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Else_if_suggests_elsif()
    {
        var error = Templates.ParseError("{% if a %}{% else if b %}{% endif %}");

        Assert.Contains("elsif", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_from_one_on_crlf_lines()
    {
        var error = Templates.ParseError("a\r\nbb{% nope %}");

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
    }
}
