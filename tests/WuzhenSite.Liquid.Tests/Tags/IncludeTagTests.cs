using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class IncludeTagTests
{
    [Fact]
    public void Include_renders_the_partial_with_the_callers_variables()
    {
        var loader = new InMemoryLoader(("partials/header", "<h1>{{ title }}</h1>"));

        Assert.Equal("<h1>Home</h1>", Templates.Render("{% include 'partials/header' %}", loader, ("title", "Home")));
    }

    [Fact]
    public void Include_sees_the_callers_assigns_and_its_assigns_leak_back()
    {
        var loader = new InMemoryLoader(("p", "{{ a }}{% assign b = 'from partial' %}"));

        Assert.Equal("caller|from partial", Templates.Render("{% assign a = 'caller' %}{% include 'p' %}|{{ b }}", loader));
    }

    [Fact]
    public void Include_arguments_are_visible_inside_only()
    {
        var loader = new InMemoryLoader(("p", "[{{ label }}:{{ count }}]"));

        Assert.Equal("[Posts:3]()", Templates.Render("{% include 'p', label: 'Posts', count: n %}({{ label }})", loader, ("n", 3)));
    }

    [Fact]
    public void Include_with_binds_the_value_to_the_partial_name()
    {
        var loader = new InMemoryLoader(("partials/card", "<{{ card.title }}>"));

        Assert.Equal("<A>", Templates.Render("{% include 'partials/card' with post %}", loader, ("post", new { Title = "A" })));
    }

    [Fact]
    public void Include_with_as_uses_the_alias()
    {
        var loader = new InMemoryLoader(("card", "({{ item }})"));

        Assert.Equal("(x)", Templates.Render("{% include 'card' with v as item %}", loader, ("v", "x")));
    }

    [Fact]
    public void Include_with_a_list_renders_once_per_item()
    {
        var loader = new InMemoryLoader(("tag", "#{{ tag }} "));

        Assert.Equal("#a #b ", Templates.Render("{% include 'tag' for tags %}", loader, ("tags", new[] { "a", "b" })));
    }

    [Fact]
    public void Include_name_can_come_from_a_variable()
    {
        var loader = new InMemoryLoader(("layouts/x", "X"));

        Assert.Equal("X", Templates.Render("{% include name %}", loader, ("name", "layouts/x")));
    }

    [Fact]
    public void Break_inside_an_included_partial_ends_the_callers_loop()
    {
        var loader = new InMemoryLoader(("stop", "{% if i == 2 %}{% break %}{% endif %}"));

        Assert.Equal("1", Templates.Render("{% for i in (1..3) %}{% include 'stop' %}{{ i }}{% endfor %}", loader));
    }

    [Fact]
    public void Partials_are_loaded_through_the_loader_cache()
    {
        var loader = new InMemoryLoader(("p", "."));

        Assert.Equal("....", Templates.Render("{% for i in (1..4) %}{% include 'p' %}{% endfor %}", loader));
        Assert.Equal(1, loader.Parses);
    }

    [Fact]
    public void A_missing_partial_is_a_render_error_at_the_tag()
    {
        var error = Templates.RenderError("ok\n  {% include 'nope' %}", new InMemoryLoader());

        Assert.Equal("test.liquid", error.FileName);
        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("'nope' was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_without_a_loader_is_a_render_error()
    {
        var error = Templates.RenderError("{% include 'x' %}");

        Assert.Contains("loader", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_inclusion_stops_at_depth_twenty()
    {
        var loader = new InMemoryLoader(("loop", "{% increment depth %}{% include 'loop' %}"));

        var error = Templates.RenderError("{% include 'loop' %}", loader);

        Assert.Equal("loop.liquid", error.FileName);
        Assert.Contains("20", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_inside_a_partial_name_the_partials_file_and_line()
    {
        var loader = new InMemoryLoader(("partials/bad", "fine\n{{ x | nosuchfilter }}"));

        var error = Templates.RenderError("{% include 'partials/bad' %}", loader);

        Assert.Equal("partials/bad.liquid", error.FileName);
        Assert.Equal(2, error.Line);
    }
}
