using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class ValueFormattingTests
{
    [Theory]
    [InlineData("{{ 42 }}", "42")]
    [InlineData("{{ -3 }}", "-3")]
    [InlineData("{{ 2.5 }}", "2.5")]
    [InlineData("{{ 3.0 }}", "3.0")]
    [InlineData("{{ true }}|{{ false }}|{{ nil }}|{{ null }}", "true|false||")]
    [InlineData("{{ 'single' }}{{ \"double\" }}", "singledouble")]
    [InlineData("{{ (1..4) }}", "1..4")]
    [InlineData("{{ empty }}{{ blank }}", "")]
    public void Literals_print_like_liquid(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source));
    }

    [Fact]
    public void Numbers_of_all_dotnet_types_print_invariantly()
    {
        var values = new object[] { (byte)1, (short)2, 3, 4L, 5.5f, 6.25, 7.125m, 8u, 9UL };

        Assert.Equal("1 2 3 4 5.5 6.25 7.125 8 9", Templates.Render("{{ v | join: ' ' }}", ("v", values)));
    }

    [Fact]
    public void Doubles_do_not_depend_on_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1.5", Templates.Render("{{ x }}", ("x", 1.5)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Dates_print_as_iso_8601()
    {
        var offset = new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.FromHours(8));
        var utc = new DateTime(2024, 3, 5, 2, 30, 0, DateTimeKind.Utc);
        var unspecified = new DateTime(2024, 3, 5, 2, 30, 0, DateTimeKind.Unspecified);

        var text = Templates.Render("{{ a }}|{{ b }}|{{ c }}", ("a", offset), ("b", utc), ("c", unspecified));

        Assert.Equal("2024-03-05T10:30:00+08:00|2024-03-05T02:30:00Z|2024-03-05T02:30:00", text);
    }

    [Fact]
    public void Integer_arithmetic_stays_integer()
    {
        Assert.Equal("7 2 6.0", Templates.Render("{{ 3 | plus: 4 }} {{ 7 | divided_by: 3 }} {{ 3 | times: 2.0 }}"));
    }
}
