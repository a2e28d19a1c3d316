using System.Text;

namespace WuzhenSite.Liquid.Tests.Rendering;

/// <summary>Rendering straight to UTF-8 gives the bytes of the rendered string, whatever the text and its size.</summary>
public sealed class Utf8RenderingTests
{
    [Theory]
    [InlineData("<p>{{ x }}</p>", "乌镇 — café ✓ 😀 <b>")]
    [InlineData("{% for i in (1..3000) %}{{ x }}{{ i }}{% endfor %}", "数字丝绸之路 😀")]
    [InlineData("{{ x }}", "")]
    public void Utf8_rendering_gives_the_bytes_of_the_string_rendering(string source, string value)
    {
        var template = LiquidParser.Parse(source, "test.liquid");

        var text = template.Render(Context(value));
        var bytes = template.RenderUtf8(Context(value));

        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
    }

    [Fact]
    public void A_surrogate_pair_split_between_writes_is_encoded_as_one_character()
    {
        // The pair is split across a text node and an output: the encoder must carry the high half over.
        var template = LiquidParser.Parse("a\uD83D{{ low }}b", "test.liquid");

        var bytes = template.RenderUtf8(Context(null, ("low", "\uDE00")));

        Assert.Equal("a😀b", Encoding.UTF8.GetString(bytes));
    }

    private static LiquidContext Context(string? value, params (string Name, object? Value)[] values)
    {
        var context = new LiquidContext(null);
        context.SetValue("x", value);
        foreach (var (name, v) in values)
        {
            context.SetValue(name, v);
        }

        return context;
    }
}
