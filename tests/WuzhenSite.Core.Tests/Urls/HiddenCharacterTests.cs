using WuzhenSite.Text;

namespace WuzhenSite.Core.Tests.Urls;

public sealed class HiddenCharacterTests
{
    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\u200B')]
    [InlineData('\u200F')]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\uFEFF')]
    public void Controls_and_invisible_format_characters_are_not_safe_in_a_slug(char hidden)
    {
        Assert.True(HiddenCharacters.IsHidden(hidden));
        Assert.False(Slug.IsSafeSegment($"open{hidden}day"));
    }

    [Theory]
    [InlineData("opening-ceremony")]
    [InlineData("世界互联网大会")]
    [InlineData("café")]
    public void Visible_slugs_stay_safe(string slug) => Assert.True(Slug.IsSafeSegment(slug));

    [Fact]
    public void The_error_names_the_character_by_code_point_and_shows_the_visible_text()
    {
        var error = HiddenCharacters.Refuse("news/x.md", 4, "'slug:'", "ab\u202Ecd", "Retype it.");

        Assert.Equal("news/x.md:4:1: error: 'slug:' contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3, which no one can see: the address would read as 'abcd' but be another. Fix: Retype it.", error!.ToString());
        Assert.Null(HiddenCharacters.Refuse("news/x.md", 4, "'slug:'", "abcd", "Retype it."));
    }
}
