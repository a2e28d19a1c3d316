using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class MathFilterTests
{
    [Theory]
    [InlineData("{{ 4 | plus: 2 }}", "6")]
    [InlineData("{{ 4 | plus: 2.5 }}", "6.5")]
    [InlineData("{{ '4' | plus: '2' }}", "6")]
    [InlineData("{{ 4 | minus: 6 }}", "-2")]
    [InlineData("{{ 3 | times: 4 }}", "12")]
    [InlineData("{{ 1.5 | times: 2 }}", "3.0")]
    [InlineData("{{ 10 | divided_by: 3 }}", "3")]
    [InlineData("{{ -7 | divided_by: 2 }}", "-4")]
    [InlineData("{{ 10 | divided_by: 4.0 }}", "2.5")]
    [InlineData("{{ 7 | modulo: 3 }}", "1")]
    [InlineData("{{ -7 | modulo: 3 }}", "2")]
    [InlineData("{{ 7.5 | modulo: 2 }}", "1.5")]
    [InlineData("{{ -4 | abs }}", "4")]
    [InlineData("{{ '-4.5' | abs }}", "4.5")]
    [InlineData("{{ 1.2 | ceil }}", "2")]
    [InlineData("{{ 1.8 | floor }}", "1")]
    [InlineData("{{ 2.5 | round }}", "3")]
    [InlineData("{{ -2.5 | round }}", "-3")]
    [InlineData("{{ 3.14159 | round: 2 }}", "3.14")]
    [InlineData("{{ 5 | round: 2 }}", "5")]
    [InlineData("{{ 4 | at_least: 5 }}", "5")]
    [InlineData("{{ 4 | at_least: 3 }}", "4")]
    [InlineData("{{ 4 | at_most: 3 }}", "3")]
    [InlineData("{{ nothing | plus: 1 }}", "1")]
    public void Math_filters_follow_liquid(string source, string expected)
    {
        Assert.Equal(expected, Templates.Render(source));
    }

    [Fact]
    public void Decimals_stay_exact()
    {
        Assert.Equal("0.3", Templates.Render("{{ a | plus: b }}", ("a", 0.1m), ("b", 0.2m)));
    }

    [Fact]
    public void Host_numbers_of_any_type_combine()
    {
        Assert.Equal("15", Templates.Render("{{ a | plus: b | plus: c }}", ("a", (byte)5), ("b", 5L), ("c", (short)5)));
    }
}
