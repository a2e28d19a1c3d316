using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class ArrayFilterTests
{
    private static readonly TestPost[] Posts =
    [
        new("Beta", "news", 2, true, new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero)),
        new("alpha", "blog", 3, false, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        new("Gamma", "news", 1, true, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)),
    ];

    private static string Render(string source) =>
        Templates.Render(source, ("posts", Posts), ("nums", new object?[] { 3, 1, null, 2, 1 }), ("words", new[] { "b", "C", "a" }));

    [Theory]
    [InlineData("{{ words | size }}", "3")]
    [InlineData("{{ 'hello' | size }}", "5")]
    [InlineData("{{ nothing | size }}", "0")]
    [InlineData("{{ words | first }}{{ words | last }}", "ba")]
    [InlineData("{{ 'abc' | first }}{{ 'abc' | last }}", "ac")]
    [InlineData("{{ words | join }}", "b C a")]
    [InlineData("{{ words | join: ', ' }}", "b, C, a")]
    [InlineData("{{ words | reverse | join: '' }}", "aCb")]
    [InlineData("{{ words | sort | join: '' }}", "Cab")]
    [InlineData("{{ words | sort_natural | join: '' }}", "abC")]
    [InlineData("{{ nums | sort | join: ',' }}", "1,1,2,3,")]
    [InlineData("{{ nums | compact | join: ',' }}", "3,1,2,1")]
    [InlineData("{{ nums | compact | uniq | join: ',' }}", "3,1,2")]
    [InlineData("{{ nums | sum }}", "7")]
    [InlineData("{{ words | concat: nums | size }}", "8")]
    public void List_filters_work_on_values(string source, string expected)
    {
        Assert.Equal(expected, Render(source));
    }

    [Theory]
    [InlineData("{{ posts | map: 'title' | join: ',' }}", "Beta,alpha,Gamma")]
    [InlineData("{{ posts | sort: 'weight' | map: 'title' | join: ',' }}", "Gamma,Beta,alpha")]
    [InlineData("{{ posts | sort: 'date' | map: 'title' | join: ',' }}", "alpha,Beta,Gamma")]
    [InlineData("{{ posts | sort_natural: 'title' | map: 'title' | join: ',' }}", "alpha,Beta,Gamma")]
    [InlineData("{{ posts | where: 'category', 'news' | map: 'title' | join: ',' }}", "Beta,Gamma")]
    [InlineData("{{ posts | where: 'featured' | map: 'title' | join: ',' }}", "Beta,Gamma")]
    [InlineData("{{ posts | reject: 'featured' | map: 'title' | join: ',' }}", "alpha")]
    [InlineData("{{ posts | uniq: 'category' | map: 'title' | join: ',' }}", "Beta,alpha")]
    [InlineData("{{ posts | map: 'category' | uniq | join: ',' }}", "news,blog")]
    [InlineData("{{ posts | sum: 'weight' }}", "6")]
    [InlineData("{{ posts | where: 'weight', 3 | first | map: 'title' }}", "alpha")]
    public void List_filters_work_on_object_properties(string source, string expected)
    {
        Assert.Equal(expected, Render(source));
    }

    [Fact]
    public void Sort_is_stable()
    {
        var items = new[]
        {
            new Dictionary<string, object?> { ["k"] = 1, ["n"] = "first" },
            new Dictionary<string, object?> { ["k"] = 0, ["n"] = "zero" },
            new Dictionary<string, object?> { ["k"] = 1, ["n"] = "second" },
        };

        Assert.Equal("zero,first,second", Templates.Render("{{ items | sort: 'k' | map: 'n' | join: ',' }}", ("items", items)));
    }

    [Fact]
    public void Where_works_on_dictionaries()
    {
        var items = new[]
        {
            new Dictionary<string, object?> { ["lang"] = "zh", ["t"] = "甲" },
            new Dictionary<string, object?> { ["lang"] = "en", ["t"] = "A" },
        };

        Assert.Equal("甲", Templates.Render("{{ items | where: 'lang', 'zh' | map: 't' | join }}", ("items", items)));
    }

    [Fact]
    public void Concat_rejects_a_non_list_argument()
    {
        var error = Templates.RenderError("{{ words | concat: 5 }}", null, ("words", new[] { "a" }));

        Assert.Contains("concat", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_of_html_items_escapes_the_plain_separator()
    {
        var items = new object[] { new LiquidHtml("<b>a</b>"), new LiquidHtml("<b>b</b>") };

        Assert.Equal("<b>a</b>&amp;<b>b</b>", Templates.Render("{{ l | join: '&' }}", ("l", items)));
    }
}
