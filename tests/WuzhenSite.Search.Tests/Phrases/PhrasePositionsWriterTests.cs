namespace WuzhenSite.Search.Tests.Phrases;

/// <summary>
/// Which units the positions files hold (<see cref="PhrasePositionsWriter"/>): rare terms on their own,
/// common terms only inside the pairs they form with their neighbours.
/// </summary>
public sealed class PhrasePositionsWriterTests
{
    private static TestCorpus Corpus() => new(
        TextAnalysis.CjkAware,
        [new SearchField("title"), new SearchField("body")],
        [
            TestCorpus.Doc("0", null, "silk road cable"),
            TestCorpus.Doc("1", null, "silk market"),
            TestCorpus.Doc("2", null, "old silk"),
        ]);

    [Fact]
    public void A_common_term_stands_only_in_the_pairs_it_forms_and_a_rare_one_on_its_own()
    {
        var written = PhrasePositionsWriter.Write(Corpus().BuildIndex(recordPositions: true), fileCount: 1, pairedFrom: 3);

        // silk has three postings: common. road, cabl, market and old have one each.
        Assert.Equal(["cabl", "market", "old", "old silk", "road", "silk market", "silk road"], UnitsOf(written.Files[0].Content.Span));
        Assert.Equal(3, written.PairedFrom);
        Assert.Equal(["silk"], written.CommonTerms);
    }

    [Fact]
    public void Without_common_terms_every_term_is_a_unit_and_no_pair_is()
    {
        var written = PhrasePositionsWriter.Write(Corpus().BuildIndex(recordPositions: true), fileCount: 1, pairedFrom: int.MaxValue);

        Assert.Equal(["cabl", "market", "old", "road", "silk"], UnitsOf(written.Files[0].Content.Span));
    }

    [Fact]
    public void An_index_without_positions_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PhrasePositionsWriter.Write(Corpus().BuildIndex(recordPositions: false)));
    }

    // The head of a file: unit count, then each unit's UTF-16 units and its data length.
    private static List<string> UnitsOf(ReadOnlySpan<byte> file)
    {
        int at = 0;
        int count = Varint(file, ref at);
        var units = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int length = Varint(file, ref at);
            var chars = new char[length];
            for (int c = 0; c < length; c++)
            {
                chars[c] = (char)Varint(file, ref at);
            }

            units.Add(new string(chars));
            Varint(file, ref at);
        }

        return units;
    }

    private static int Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        int value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = bytes[at++];
            value |= (b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
