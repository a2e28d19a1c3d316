namespace WuzhenSite.Search.Tests;

public sealed class TermIdSortTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 10)]
    [InlineData(32, 40)]          // insertion sort, duplicates
    [InlineData(33, 1000)]        // radix, two byte passes
    [InlineData(500, 256)]        // radix, exactly one byte
    [InlineData(500, 257)]        // one more id needs a second pass
    [InlineData(5000, 70_000)]    // three passes
    [InlineData(5000, 20_000_000)] // four passes
    public void Sorts_like_Array_Sort(int count, int idLimit)
    {
        var random = new Random(count * 31 + idLimit);
        var ids = Enumerable.Range(0, count).Select(_ => random.Next(idLimit)).ToArray();
        var expected = ids.Order().ToArray();

        TermIdSort.Sort(ids, new int[count], idLimit);

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Leaves_an_already_sorted_list_and_the_largest_id_in_place()
    {
        var ids = Enumerable.Range(0, 100).Select(i => i * 3).Append(int.MaxValue - 1).ToArray();
        var expected = ids.ToArray();

        TermIdSort.Sort(ids, new int[ids.Length], int.MaxValue);

        Assert.Equal(expected, ids);
    }
}
