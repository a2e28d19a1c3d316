using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class AssignTagTests
{
    [Fact]
    public void Assign_stores_a_filtered_value()
    {
        Assert.Equal("HELLO WORLD", Templates.Render("{% assign t = 'hello' | append: ' world' | upcase %}{{ t }}"));
    }

    [Fact]
    public void Assign_shadows_a_global_for_the_rest_of_the_render()
    {
        Assert.Equal("a b", Templates.Render("{{ x }} {% assign x = 'b' %}{{ x }}", ("x", "a")));
    }

    [Fact]
    public void Assigned_lists_keep_their_items()
    {
        Assert.Equal("3 c", Templates.Render("{% assign parts = 'a,b,c' | split: ',' %}{{ parts.size }} {{ parts.last }}"));
    }

    [Fact]
    public void Assigns_do_not_leak_into_the_next_render_of_the_same_context()
    {
        var context = new LiquidContext();
        var template = LiquidParser.Parse("{{ x }}{% assign x = 'set' %}", "t.liquid");

        Assert.Equal(string.Empty, template.Render(context));
        Assert.Equal(string.Empty, template.Render(context));
    }
}
