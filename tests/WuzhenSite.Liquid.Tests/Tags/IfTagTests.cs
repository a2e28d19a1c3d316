using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class IfTagTests
{
    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "other")]
    public void The_first_true_branch_renders(int x, string expected)
    {
        var source = "{% if x == 1 %}one{% elsif x == 2 %}two{% else %}other{% endif %}";

        Assert.Equal(expected, Templates.Render(source, ("x", x)));
    }

    [Theory]
    [InlineData("1 == 1", true)]
    [InlineData("1 == 1.0", true)]
    [InlineData("'1' == 1", false)]
    [InlineData("1 != 2", true)]
    [InlineData("1 <> 1", false)]
    [InlineData("2 > 1", true)]
    [InlineData("2 < 1", false)]
    [InlineData("2 >= 2", true)]
    [InlineData("2 <= 1", false)]
    [InlineData("'abc' < 'abd'", true)]
    [InlineData("'a' > 1", false)]
    [InlineData("nil == nil", true)]
    [InlineData("nil == false", false)]
    [InlineData("true == true", true)]
    public void Comparison_operators_follow_liquid(string condition, bool expected)
    {
        Assert.Equal(expected ? "T" : "F", Templates.Render($"{{% if {condition} %}}T{{% else %}}F{{% endif %}}"));
    }

    [Theory]
    [InlineData("'hello world' contains 'lo w'", true)]
    [InlineData("'hello' contains 'z'", false)]
    [InlineData("tags contains 'b'", true)]
    [InlineData("tags contains 'q'", false)]
    [InlineData("nums contains 2", true)]
    [InlineData("nums contains '2'", false)]
    [InlineData("dict contains 'k'", true)]
    [InlineData("missing contains 'x'", false)]
    public void Contains_works_on_strings_lists_and_dictionaries(string condition, bool expected)
    {
        var result = Templates.Render(
            $"{{% if {condition} %}}T{{% else %}}F{{% endif %}}",
            ("tags", new[] { "a", "b" }),
            ("nums", new List<int> { 1, 2 }),
            ("dict", new Dictionary<string, object?> { ["k"] = 1 }));

        Assert.Equal(expected ? "T" : "F", result);
    }

    [Theory]
    [InlineData("true or false and false", "T")]
    [InlineData("false and false or true", "F")]
    [InlineData("true and true and true", "T")]
    [InlineData("false or false or true", "T")]
    public void And_or_group_right_to_left(string condition, string expected)
    {
        // Liquid evaluates "a and b or c" as "a and (b or c)".
        Assert.Equal(expected, Templates.Render($"{{% if {condition} %}}T{{% else %}}F{{% endif %}}"));
    }

    [Fact]
    public void Conditions_on_model_values_work()
    {
        var page = new TestPage("T", 12, true, null, "", []);

        Assert.Equal("long current", Templates.Render(
            "{% if page.reading_minutes > 10 %}long{% endif %} {% if page.is_current and page.prev_url == nil %}current{% endif %}",
            ("page", page)));
    }

    [Fact]
    public void Nested_ifs_render_independently()
    {
        Assert.Equal("ab", Templates.Render("{% if true %}a{% if false %}x{% else %}b{% endif %}{% endif %}"));
    }
}
