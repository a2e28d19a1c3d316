using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class CounterTagTests
{
    [Fact]
    public void Increment_outputs_then_adds_one()
    {
        Assert.Equal("012", Templates.Render("{% increment n %}{% increment n %}{% increment n %}"));
    }

    [Fact]
    public void Decrement_subtracts_then_outputs()
    {
        Assert.Equal("-1-2", Templates.Render("{% decrement n %}{% decrement n %}"));
    }

    [Fact]
    public void Counters_are_independent_of_assigned_variables()
    {
        Assert.Equal("0 10", Templates.Render("{% assign n = 10 %}{% increment n %} {{ n }}"));
    }
}
