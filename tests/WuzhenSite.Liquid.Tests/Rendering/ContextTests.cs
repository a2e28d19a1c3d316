using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class ContextTests
{
    [Fact]
    public void SetValue_replaces_an_earlier_value()
    {
        var context = new LiquidContext();
        context.SetValue("x", "a");
        context.SetValue("x", "b");

        Assert.Equal("b", LiquidParser.Parse("{{ x }}", "t").Render(context));
    }

    [Fact]
    public void A_context_can_render_several_templates_in_turn()
    {
        var context = new LiquidContext();
        context.SetValue("name", "WZ");

        var body = LiquidParser.Parse("<p>{{ name }}</p>", "body").Render(context);
        context.SetValue("content", new LiquidHtml(body));
        var page = LiquidParser.Parse("<main>{{ content }}</main>", "layout").Render(context);

        Assert.Equal("<main><p>WZ</p></main>", page);
    }

    [Fact]
    public void Render_to_a_writer_writes_the_same_text()
    {
        var template = LiquidParser.Parse("{% for i in (1..3) %}<{{ i }}>{% endfor %}", "t");
        using var writer = new StringWriter();

        template.Render(writer, new LiquidContext());

        Assert.Equal(template.Render(new LiquidContext()), writer.ToString());
    }

    [Fact]
    public void Template_exposes_its_file_name()
    {
        Assert.Equal("layouts/post.liquid", LiquidParser.Parse("x", "layouts/post.liquid").FileName);
    }

    [Fact]
    public void Counters_reset_between_renders()
    {
        var context = new LiquidContext();
        var template = LiquidParser.Parse("{% increment n %}{% cycle 'a', 'b' %}", "t");

        Assert.Equal("0a", template.Render(context));
        Assert.Equal("0a", template.Render(context));
    }
}
