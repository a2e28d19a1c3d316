using WuzhenSite.Content.Transcripts;

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

    [Fact]
    public void Stops_early_past_the_limit()
    {
        Assert.True(EditDistance.Between("completely", "different words", 2) > 2);
    }
}
