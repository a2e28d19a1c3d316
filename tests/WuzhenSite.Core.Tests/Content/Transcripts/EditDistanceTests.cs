using WuzhenSite.Text;

namespace WuzhenSite.Core.Tests.Content.Transcripts;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("lin-qiayu", "lin-qiaoyu", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("任贤亮", "任贤良", 1)]
    [InlineData("same", "same", 0)]
    public void Counts_single_character_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
    }

    [Theory]
    [InlineData("completely", "different words")] // lengths already differ by more than the limit
    [InlineData("abcdefgh", "hgfedcba")] // same length: stops once a whole row is past the limit
    public void Stops_early_past_the_limit(string a, string b)
    {
        // The full distance is far above the limit; an early stop answers limit + 1 instead.
        Assert.True(EditDistance.Between(a, b) > 4);

        Assert.Equal(2, EditDistance.Between(a, b, limit: 1));
    }
}
