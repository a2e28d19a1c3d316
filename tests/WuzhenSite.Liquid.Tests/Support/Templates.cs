namespace WuzhenSite.Liquid.Tests.Support;

/// <summary>Parse-and-render shorthands for tests.</summary>
internal static class Templates
{
    public static string Render(string source, params (string Name, object? Value)[] values) => Render(source, null, values);

    public static string Render(string source, ILiquidTemplateLoader? loader, params (string Name, object? Value)[] values)
    {
        var context = new LiquidContext(loader);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return LiquidParser.Parse(source, "test.liquid").Render(context);
    }

    /// <summary>The exception parsing throws.</summary>
    public static LiquidException ParseError(string source, string fileName = "test.liquid") =>
        Assert.Throws<LiquidException>(() => LiquidParser.Parse(source, fileName));

    /// <summary>The exception rendering throws (the template must parse).</summary>
    public static LiquidException RenderError(string source, ILiquidTemplateLoader? loader = null, params (string Name, object? Value)[] values)
    {
        var template = LiquidParser.Parse(source, "test.liquid");
        var context = new LiquidContext(loader);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return Assert.Throws<LiquidException>(() => template.Render(context));
    }
}
