using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Tags;

public sealed class TruthinessTests
{
    public static TheoryData<object?, bool> Values => new()
    {
        { null, false },
        { false, false },
        { true, true },
        { "", true },
        { " ", true },
        { 0, true },
        { 0.0, true },
        { Array.Empty<string>(), true },
        { new Dictionary<string, object?>(), true },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Only_nil_and_false_are_falsy(object? value, bool truthy)
    {
        Assert.Equal(truthy ? "T" : "F", Templates.Render("{% if v %}T{% else %}F{% endif %}", ("v", value)));
    }

    public static TheoryData<object?, bool, bool> EmptyAndBlank => new()
    {
        { "", true, true },
        { "   ", false, true },
        { "x", false, false },
        { null, false, true },
        { false, false, true },
        { Array.Empty<int>(), true, true },
        { new List<string> { "a" }, false, false },
        { new Dictionary<string, object?>(), true, true },
        { 0, false, false },
    };

    [Theory]
    [MemberData(nameof(EmptyAndBlank))]
    public void Empty_and_blank_comparisons(object? value, bool isEmpty, bool isBlank)
    {
        var result = Templates.Render("{% if v == empty %}E{% endif %}{% if v == blank %}B{% endif %}{% if v != empty %}n{% endif %}", ("v", value));

        Assert.Equal((isEmpty ? "E" : string.Empty) + (isBlank ? "B" : string.Empty) + (isEmpty ? string.Empty : "n"), result);
    }

    [Fact]
    public void Empty_works_on_either_side()
    {
        Assert.Equal("yes", Templates.Render("{% if empty == v %}yes{% endif %}", ("v", "")));
    }
}
