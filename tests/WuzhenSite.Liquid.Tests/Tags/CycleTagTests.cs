using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class CycleTagTests
{
    [Fact]
    public void Cycle_rotates_through_its_values()
    {
        Assert.Equal("odd even odd ", Templates.Render("{% for i in (1..3) %}{% cycle 'odd', 'even' %} {% endfor %}"));
    }

    [Fact]
    public void Named_groups_keep_separate_positions()
    {
        Assert.Equal("a1b2", Templates.Render("{% cycle 'g1': 'a', 'b' %}{% cycle 'g2': '1', '2' %}{% cycle 'g1': 'a', 'b' %}{% cycle 'g2': '1', '2' %}"));
    }
}
