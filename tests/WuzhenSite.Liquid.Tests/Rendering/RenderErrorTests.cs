using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class RenderErrorTests
{
    [Fact]
    public void Unknown_filter_fails_at_render_with_its_position()
    {
        var template = LiquidParser.Parse("line\n  {{ title | upcse }}", "layouts/post.liquid");

        var error = Assert.Throws<LiquidException>(() => template.Render(new LiquidContext()));

        Assert.Equal("layouts/post.liquid", error.FileName);
        Assert.Equal(2, error.Line);
        Assert.Equal(14, error.Column);
        Assert.Contains("Unknown filter 'upcse'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("did you mean 'upcase'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_filter_in_a_branch_not_taken_does_not_fail()
    {
        Assert.Equal(string.Empty, Templates.Render("{% if false %}{{ x | nosuch }}{% endif %}"));
    }

    [Fact]
    public void Integer_division_by_zero_names_the_filter()
    {
        var error = Templates.RenderError("{{ 1 | divided_by: 0 }}");

        Assert.Contains("divided_by", error.Reason, StringComparison.Ordinal);
        Assert.Contains("divided by 0", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_cannot_render_two_templates_at_once()
    {
        var loader = new ReentrantLoader();
        var context = new LiquidContext(loader);
        loader.Context = context;

        var error = Assert.Throws<LiquidException>(() => LiquidParser.Parse("{% include 'x' %}", "t").Render(context));

        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    private sealed class ReentrantLoader : ILiquidTemplateLoader
    {
        public LiquidContext? Context { get; set; }

        // Misuse: rendering with the context that is already rendering.
        public LiquidTemplate? Load(string name) => LiquidParser.Parse(LiquidParser.Parse("x", "inner").Render(Context!), "p");
    }
}
