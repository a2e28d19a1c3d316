using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class RenderTagTests
{
    [Fact]
    public void Render_passes_arguments()
    {
        var loader = new InMemoryLoader(("badge", "<span>{{ text }}</span>"));

        Assert.Equal("<span>New &amp; hot</span>", Templates.Render("{% render 'badge', text: label %}", loader, ("label", "New & hot")));
    }

    [Fact]
    public void Render_does_not_see_the_callers_assigns()
    {
        var loader = new InMemoryLoader(("p", "[{{ secret }}]"));

        Assert.Equal("[]", Templates.Render("{% assign secret = 'x' %}{% render 'p' %}", loader));
    }

    [Fact]
    public void Render_sees_globals_set_on_the_context()
    {
        var loader = new InMemoryLoader(("p", "{{ site.name }}"));

        Assert.Equal("Wuzhen", Templates.Render("{% render 'p' %}", loader, ("site", new { Name = "Wuzhen" })));
    }

    [Fact]
    public void Assigns_inside_render_do_not_leak_out()
    {
        var loader = new InMemoryLoader(("p", "{% assign leaked = 'yes' %}"));

        Assert.Equal("[]", Templates.Render("{% render 'p' %}[{{ leaked }}]", loader));
    }

    [Fact]
    public void Render_does_not_see_loop_variables_of_the_caller()
    {
        var loader = new InMemoryLoader(("p", "({{ i }}{{ item }})"));

        Assert.Equal("(1)(2)", Templates.Render("{% for i in (1..2) %}{% render 'p', item: i %}{% endfor %}", loader));
    }

    [Fact]
    public void Render_with_binds_the_value_to_the_partial_name_or_alias()
    {
        var loader = new InMemoryLoader(("cards/post", "{{ post.title }}"), ("any", "{{ p.title }}"));
        var post = new { Title = "T" };

        Assert.Equal("T T", Templates.Render("{% render 'cards/post' with x %} {% render 'any' with x as p %}", loader, ("x", post)));
    }

    [Fact]
    public void Render_for_renders_each_item_with_a_forloop()
    {
        var loader = new InMemoryLoader(("item", "{{ forloop.index }}={{ item }}{% unless forloop.last %},{% endunless %}"));

        Assert.Equal("1=a,2=b", Templates.Render("{% render 'item' for list %}", loader, ("list", new[] { "a", "b" })));
    }

    [Fact]
    public void Break_inside_render_does_not_end_the_callers_loop()
    {
        var loader = new InMemoryLoader(("stop", "{% break %}x"));

        Assert.Equal("123", Templates.Render("{% for i in (1..3) %}{% render 'stop' %}{{ i }}{% endfor %}", loader));
    }

    [Fact]
    public void The_caller_scope_is_restored_after_render()
    {
        var loader = new InMemoryLoader(("p", "{% assign a = 'inner' %}"));

        Assert.Equal("outer 1", Templates.Render("{% assign a = 'outer' %}{% for i in (1..1) %}{% render 'p' %}{{ a }} {{ i }}{% endfor %}", loader));
    }
}
