using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class HostFilterTests
{
    private static string Render(string source, LiquidFilter filter, params (string Name, object? Value)[] values)
    {
        var context = new LiquidContext();
        context.SetFilter("t", filter);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return LiquidParser.Parse(source, "test.liquid").Render(context);
    }

    private static string Describe(object? input, IReadOnlyDictionary<string, object?> arguments) =>
        $"{input}({string.Join(",", arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value ?? "nil"}:{a.Value?.GetType().Name}"))})";

    [Fact]
    public void A_host_filter_gets_the_input_and_its_evaluated_named_arguments()
    {
        var output = Render("{{ 'key' | t: current: pg.current, total: 5, word: 'x', none: nothing }}", Describe,
            ("pg", new Dictionary<string, object?> { ["current"] = 2 }));

        Assert.Equal("key(current=2:Int32,none=nil:,total=5:Int32,word=x:String)", output);
    }

    [Fact]
    public void A_host_filter_s_output_is_html_encoded_like_any_other()
    {
        Assert.Equal("&lt;b&gt;", Render("{{ 'k' | t }}", (_, _) => "<b>"));
    }

    [Fact]
    public void An_argument_exception_from_the_host_filter_is_an_error_at_the_filter_s_position()
    {
        var template = LiquidParser.Parse("line one\n{{ 'k' | t: a: 1 }}", "layouts/x.liquid");
        var context = new LiquidContext();
        context.SetFilter("t", (_, _) => throw new ArgumentException("no such string"));

        var error = Assert.Throws<LiquidException>(() => template.Render(context));

        Assert.Equal(("layouts/x.liquid", 2), (error.FileName, error.Line));
        Assert.Contains("no such string", error.Reason);
    }

    [Fact]
    public void Positional_arguments_to_a_host_filter_are_an_error()
    {
        var error = Assert.Throws<LiquidException>(() => Render("{{ 'k' | t: 1 }}", Describe));

        Assert.Contains("named arguments only", error.Reason);
    }

    [Fact]
    public void Without_the_host_filter_the_name_is_an_unknown_filter()
    {
        var error = Templates.RenderError("{{ 'k' | t: a: 1 }}");

        Assert.Contains("Unknown filter 't'", error.Reason);
    }

    [Fact]
    public void A_built_in_filter_cannot_be_replaced()
    {
        Assert.Throws<ArgumentException>(() => new LiquidContext().SetFilter("upcase", Describe));
    }
}
