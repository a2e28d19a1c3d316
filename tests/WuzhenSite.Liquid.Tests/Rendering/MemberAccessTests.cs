using System.Collections;
using System.Collections.Immutable;
using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class MemberAccessTests
{
    private static readonly TestPage Page = new("Hello", 7, true, "/prev/", "2024-03-05", ["x", "y", "z"]);

    [Theory]
    [InlineData("{{ page.reading_minutes }}", "7")]
    [InlineData("{{ page.is_current }}", "true")]
    [InlineData("{{ page.prev_url }}", "/prev/")]
    [InlineData("{{ page.date_iso }}", "2024-03-05")]
    [InlineData("{{ page.title }}", "Hello")]
    public void Record_properties_are_read_by_snake_case_name(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source, ("page", Page)));
    }

    [Fact]
    public void Record_properties_are_also_read_by_their_own_name()
    {
        Assert.Equal("7 /prev/", Templates.Render("{{ page.ReadingMinutes }} {{ page.PrevUrl }}", ("page", Page)));
    }

    [Fact]
    public void Anonymous_objects_work_like_records()
    {
        Assert.Equal("3", Templates.Render("{{ o.item_count }}", ("o", new { ItemCount = 3 })));
    }

    [Fact]
    public void Nested_paths_and_indexes_resolve()
    {
        Assert.Equal("y z", Templates.Render("{{ page.tags[1] }} {{ page.tags[-1] }}", ("page", Page)));
    }

    [Fact]
    public void Size_first_and_last_work_on_lists()
    {
        Assert.Equal("3 x z", Templates.Render("{{ page.tags.size }} {{ page.tags.first }} {{ page.tags.last }}", ("page", Page)));
    }

    [Fact]
    public void Size_works_on_strings_and_dictionaries()
    {
        var data = new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 };

        Assert.Equal("5 2", Templates.Render("{{ s.size }} {{ d.size }}", ("s", "hello"), ("d", data)));
    }

    [Fact]
    public void A_dictionary_key_named_size_wins_over_the_count()
    {
        var data = new Dictionary<string, object?> { ["size"] = "XL" };

        Assert.Equal("XL", Templates.Render("{{ d.size }}", ("d", data)));
    }

    [Fact]
    public void Dictionary_keys_resolve_with_dot_bracket_and_variable_index()
    {
        var data = new Dictionary<string, object?> { ["site name"] = "WZ", ["lang"] = "zh" };

        Assert.Equal("WZ zh zh", Templates.Render("{{ d['site name'] }} {{ d.lang }} {{ d[key] }}", ("d", data), ("key", "lang")));
    }

    [Fact]
    public void Immutable_and_typed_dictionaries_are_supported()
    {
        var immutable = ImmutableDictionary<string, object?>.Empty.Add("title", "Imm");
        IReadOnlyDictionary<string, int> counts = new Dictionary<string, int> { ["posts"] = 12 };

        Assert.Equal("Imm 12", Templates.Render("{{ a.title }} {{ b.posts }}", ("a", immutable), ("b", counts)));
    }

    [Fact]
    public void Untyped_dictionaries_from_yaml_are_supported()
    {
        var yaml = new Dictionary<object, object> { ["author"] = new Dictionary<object, object> { ["name"] = "Li" } };
        var table = new Hashtable { ["k"] = "v" };

        Assert.Equal("Li v", Templates.Render("{{ y.author.name }} {{ h.k }}", ("y", yaml), ("h", table)));
    }

    [Fact]
    public void Unknown_variables_and_members_render_empty()
    {
        Assert.Equal("[||]", Templates.Render("[{{ missing }}|{{ page.nope.deeper }}|{{ page.tags[10] }}]", ("page", Page)));
    }

    [Fact]
    public void Lazy_enumerables_are_indexed_and_counted()
    {
        var numbers = Enumerable.Range(1, 4).Select(i => i * 10);

        Assert.Equal("4 10 40 20", Templates.Render("{{ n.size }} {{ n.first }} {{ n.last }} {{ n[1] }}", ("n", numbers)));
    }

    [Fact]
    public void Enums_print_by_name_and_compare_with_strings()
    {
        Assert.Equal("Draft yes", Templates.Render("{{ s }} {% if s == 'Draft' %}yes{% endif %}", ("s", TestStatus.Draft)));
    }

    [Fact]
    public void A_property_that_throws_is_reported_with_its_position()
    {
        var error = Templates.RenderError("a\n{{ o.boom }}", null, ("o", new Exploding()));

        Assert.Equal(2, error.Line);
        Assert.Contains("kaboom", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    private sealed class Exploding
    {
        public string Boom => throw new InvalidOperationException("kaboom");
    }
}
