using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class ForTagTests
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "e"];

    [Fact]
    public void Iterates_a_list()
    {
        Assert.Equal("abcde", Templates.Render("{% for x in list %}{{ x }}{% endfor %}", ("list", Letters)));
    }

    [Fact]
    public void Forloop_variables_describe_the_position()
    {
        const string source = "{% for x in list %}[{{ forloop.index }},{{ forloop.index0 }},{{ forloop.rindex }},{{ forloop.rindex0 }},{{ forloop.first }},{{ forloop.last }},{{ forloop.length }}]{% endfor %}";

        var result = Templates.Render(source, ("list", new[] { "a", "b", "c" }));

        Assert.Equal("[1,0,3,2,true,false,3][2,1,2,1,false,false,3][3,2,1,0,false,true,3]", result);
    }

    [Theory]
    [InlineData("limit: 2", "ab")]
    [InlineData("offset: 3", "de")]
    [InlineData("limit: 2 offset: 1", "bc")]
    [InlineData("offset: 1, limit: 2", "bc")]
    [InlineData("reversed", "edcba")]
    [InlineData("reversed limit: 2", "ba")]
    [InlineData("limit: 0", "")]
    [InlineData("offset: 10", "")]
    public void Limit_offset_and_reversed_pick_the_slice(string parameters, string expected)
    {
        Assert.Equal(expected, Templates.Render($"{{% for x in list {parameters} %}}{{{{ x }}}}{{% endfor %}}", ("list", Letters)));
    }

    [Fact]
    public void Iterates_literal_and_variable_ranges()
    {
        Assert.Equal("123|2345", Templates.Render("{% for i in (1..3) %}{{ i }}{% endfor %}|{% for i in (a..b) %}{{ i }}{% endfor %}", ("a", 2), ("b", "5")));
    }

    [Fact]
    public void Else_renders_for_an_empty_or_missing_collection()
    {
        const string source = "{% for x in list %}{{ x }}{% else %}none{% endfor %}";

        Assert.Equal("none", Templates.Render(source, ("list", Array.Empty<string>())));
        Assert.Equal("none", Templates.Render(source));
    }

    [Fact]
    public void Break_and_continue_control_the_loop()
    {
        const string source = "{% for i in (1..10) %}{% if i == 2 %}{% continue %}{% endif %}{% if i > 4 %}{% break %}{% endif %}{{ i }}{% endfor %}";

        Assert.Equal("134", Templates.Render(source));
    }

    [Fact]
    public void Break_inside_a_nested_loop_ends_only_that_loop()
    {
        const string source = "{% for i in (1..2) %}{% for j in (1..3) %}{% if j == 2 %}{% break %}{% endif %}{{ i }}{{ j }} {% endfor %}{% endfor %}";

        Assert.Equal("11 21 ", Templates.Render(source));
    }

    [Fact]
    public void Parentloop_reaches_the_outer_loop()
    {
        const string source = "{% for i in (1..2) %}{% for j in (1..2) %}{{ forloop.parentloop.index }}.{{ forloop.index }} {% endfor %}{% endfor %}";

        Assert.Equal("1.1 1.2 2.1 2.2 ", Templates.Render(source));
    }

    [Fact]
    public void The_loop_variable_shadows_and_then_restores_outer_names()
    {
        Assert.Equal("12outer", Templates.Render("{% for x in (1..2) %}{{ x }}{% endfor %}{{ x }}", ("x", "outer")));
    }

    [Fact]
    public void Dictionaries_iterate_as_key_value_pairs()
    {
        var data = new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 };

        Assert.Equal("a=1;b=2;", Templates.Render("{% for p in d %}{{ p[0] }}={{ p[1] }};{% endfor %}", ("d", data)));
    }

    [Fact]
    public void Lazy_enumerables_are_iterated()
    {
        Assert.Equal("246", Templates.Render("{% for x in seq %}{{ x }}{% endfor %}", ("seq", Enumerable.Range(1, 3).Select(i => i * 2))));
    }

    [Fact]
    public void A_string_iterates_once_as_itself()
    {
        Assert.Equal("[abc]", Templates.Render("{% for x in s %}[{{ x }}]{% endfor %}", ("s", "abc")));
    }

    [Fact]
    public void A_loop_over_a_million_iterations_is_a_render_error()
    {
        var error = Templates.RenderError("line one\n  {% for i in (1..1000001) %}{% endfor %}");

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("1,000,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_enumerable_is_stopped_by_the_cap()
    {
        static IEnumerable<int> Forever()
        {
            var i = 0;
            while (true)
            {
                yield return i++;
            }
        }

        Assert.Throws<LiquidException>(() => Templates.Render("{% for i in seq %}{% endfor %}", ("seq", Forever())));
        Assert.Equal("012", Templates.Render("{% for i in seq limit: 3 %}{{ i }}{% endfor %}", ("seq", Forever())));
    }

    [Fact]
    public void Assign_inside_a_loop_is_visible_after_it()
    {
        Assert.Equal("3", Templates.Render("{% for i in (1..3) %}{% assign last = i %}{% endfor %}{{ last }}"));
    }
}
