using WuzhenSite.Images.Planning;

namespace WuzhenSite.Core.Tests.Images;

public sealed class FocalPointTests
{
    [Theory]
    [InlineData(null, 0.5, 0.5)]
    [InlineData("center", 0.5, 0.5)]
    [InlineData("top", 0.5, 0.0)]
    [InlineData("bottom left", 0.0, 1.0)]
    [InlineData("Right Top", 1.0, 0.0)]
    [InlineData("30% 40%", 0.3, 0.4)]
    [InlineData("0%, 100%", 0.0, 1.0)]
    public void Accepted_forms_give_fractions_from_the_top_left(string? text, double x, double y)
    {
        var point = FocalPoint.Parse(text);

        Assert.NotNull(point);
        Assert.Equal(x, point.Value.X, 6);
        Assert.Equal(y, point.Value.Y, 6);
    }

    [Theory]
    [InlineData("middle")]
    [InlineData("120% 10%")]
    [InlineData("left left")]
    [InlineData("top left bottom")]
    public void Anything_else_is_refused(string text) => Assert.Null(FocalPoint.Parse(text));

    [Fact]
    public void The_point_is_written_as_css_object_position_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("30.5% 40%", new FocalPoint(0.305, 0.4).Css);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
