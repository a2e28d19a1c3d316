using System.Text.Json;
using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class JsonFilterTests
{
    [Fact]
    public void Json_is_valid_and_uses_snake_case_property_names()
    {
        var page = new TestPage("标题 \"quoted\"", 5, true, null, "2024-03-05", ["a", "b"]);

        var json = Templates.Render("{{ page | json }}", ("page", page));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("标题 \"quoted\"", root.GetProperty("title").GetString());
        Assert.Equal(5, root.GetProperty("reading_minutes").GetInt32());
        Assert.True(root.GetProperty("is_current").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("prev_url").ValueKind);
        Assert.Equal(2, root.GetProperty("tags").GetArrayLength());
        Assert.Contains("标题", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_script_tags_inside_strings_are_escaped()
    {
        var json = Templates.Render("<script type=\"application/ld+json\">{{ data | json }}</script>", ("data", new Dictionary<string, object?> { ["x"] = "</script><script>alert('1') && 2</script>" }));

        Assert.Equal("<script type=\"application/ld+json\">{\"x\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\u00271\\u0027) \\u0026\\u0026 2\\u003c/script\\u003e\"}</script>", json);
        var inner = json["<script type=\"application/ld+json\">".Length..^"</script>".Length];
        Assert.Equal("</script><script>alert('1') && 2</script>", JsonDocument.Parse(inner).RootElement.GetProperty("x").GetString());
    }

    [Fact]
    public void Line_and_paragraph_separators_are_escaped()
    {
        Assert.Equal("\"a\\u2028b\\u2029c\\n\"", Templates.Render("{{ s | json }}", ("s", "a\u2028b\u2029c\n")));
    }

    [Theory]
    [InlineData("{{ 5 | json }}", "5")]
    [InlineData("{{ 2.5 | json }}", "2.5")]
    [InlineData("{{ true | json }}", "true")]
    [InlineData("{{ nothing | json }}", "null")]
    [InlineData("{{ (1..3) | json }}", "[1,2,3]")]
    public void Scalars_serialize_as_json(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source));
    }

    [Fact]
    public void Dates_serialize_as_iso_strings()
    {
        Assert.Equal("\"2024-03-05T00:00:00+00:00\"", Templates.Render("{{ d | json }}", ("d", new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void Self_referencing_values_fail_instead_of_overflowing()
    {
        var list = new List<object?>();
        list.Add(list);

        Assert.Throws<LiquidException>(() => Templates.Render("{{ l | json }}", ("l", list)));
    }
}
