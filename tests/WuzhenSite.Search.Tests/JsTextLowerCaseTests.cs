namespace WuzhenSite.Search.Tests;

public sealed class JsTextLowerCaseTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Digital Silk Road")]
    [InlineData("乌镇 WUZHEN 峰会")]
    [InlineData("İSTANBUL")]          // İ lowers to two code units in JavaScript
    [InlineData("ΟΔΟΣ ΣΟΦΙΑΣ")]       // final and medial sigma
    [InlineData("😀 ÅNGSTRÖM ǅ")]
    public void Lowering_into_a_buffer_gives_what_the_string_version_gives(string text)
    {
        var buffer = new char[2];

        var lowered = JsText.ToLowerCase(text, ref buffer);

        Assert.Equal(JsText.ToLowerCase(text), lowered.ToString());
    }

    [Fact]
    public void The_buffer_grows_and_is_reused()
    {
        var buffer = new char[4];
        var first = JsText.ToLowerCase(new string('A', 100), ref buffer).ToString();
        var grown = buffer;

        var second = JsText.ToLowerCase("Short", ref buffer).ToString();

        Assert.Equal(new string('a', 100), first);
        Assert.True(grown.Length >= 100);
        Assert.Same(grown, buffer);
        Assert.Equal("short", second);
    }
}
