using System.Text;
using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class PorterStemmerTests(NodeHarness node)
{
    [Fact]
    public void Stems_every_pair_in_lunrs_stemming_vocabulary()
    {
        using var vocabulary = JsonDocument.Parse(File.ReadAllText(node.StemmingVocabularyPath));
        var failures = new List<string>();
        int count = 0;
        foreach (var pair in vocabulary.RootElement.EnumerateObject())
        {
            count++;
            string actual = PorterStemmer.Stem(pair.Name);
            if (actual != pair.Value.GetString())
            {
                failures.Add($"{pair.Name}: expected {pair.Value.GetString()}, got {actual}");
            }
        }

        Assert.True(count > 0, "the stemming vocabulary is empty");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("by", "by")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("yellow", "yellow")]
    [InlineData("yes", "ye")]
    [InlineData("running", "run")]
    public void Stems_classic_porter_examples_as_lunr_does(string word, string expected) =>
        Assert.Equal(expected, PorterStemmer.Stem(word));

    [Fact]
    public void Returns_the_same_instance_when_nothing_changes()
    {
        string word = "network";
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Leaves_pure_cjk_strings_unchanged()
    {
        foreach (string word in new[] { "数字", "丝绸之路", "未成年人", "ひらがな", "한국어", "𠀀𠀁" })
        {
            Assert.Same(word, PorterStemmer.Stem(word));
        }
    }

    [Fact]
    public void Agrees_with_lunr_stemmer_on_generated_words()
    {
        var words = GeneratedWords(20_000);
        string file = node.WriteTempFile("words.json", JsonSerializer.Serialize(words));
        var expected = node.RunHarnessJson("stem", file);
        var failures = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            string wanted = expected[i].GetString()!;
            string actual = PorterStemmer.Stem(words[i]);
            if (wanted != actual)
            {
                failures.Add($"{JsonSerializer.Serialize(words[i])}: lunr {JsonSerializer.Serialize(wanted)}, ours {JsonSerializer.Serialize(actual)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} differences, first: {string.Join("; ", failures.Take(20))}");
    }

    // Random letter strings biased toward the letters and suffixes the Porter rules look at,
    // plus a few with capitals, digits, line terminators and non-ASCII characters.
    private static List<string> GeneratedWords(int count)
    {
        string[] stems = ["y", "b", "c", "tr", "sk", "happ", "relat", "cond", "gener", "hop", "fil", "agr", "pon", "cat", "xy", "ay", "oy", "", "ee", "oo", "st", "yy"];
        string[] suffixes =
        [
            "", "s", "ss", "sses", "ies", "eed", "ed", "ing", "y", "ational", "tional", "enci", "anci", "izer", "bli", "alli",
            "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti",
            "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic",
            "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion", "tion",
            "e", "ll", "at", "bl", "iz", "ing", "ying", "ies", "ably", "ingly",
        ];
        const string letters = "abcdeilmnostuvwxyzY";
        var random = new Random(2024);
        var words = new List<string>(count);
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Clear();
            if (i % 3 == 0)
            {
                int length = random.Next(1, 12);
                for (int j = 0; j < length; j++)
                {
                    builder.Append(letters[random.Next(letters.Length)]);
                }
            }
            else
            {
                builder.Append(stems[random.Next(stems.Length)]);
                int middle = random.Next(4);
                for (int j = 0; j < middle; j++)
                {
                    builder.Append(letters[random.Next(letters.Length)]);
                }

                builder.Append(suffixes[random.Next(suffixes.Length)]);
                if (random.Next(4) == 0)
                {
                    builder.Append(suffixes[random.Next(suffixes.Length)]);
                }
            }

            if (i % 97 == 0)
            {
                builder.Insert(random.Next(builder.Length + 1), random.Next(4) switch { 0 => '\n', 1 => '\u2028', 2 => 'é', _ => '7' });
            }

            words.Add(builder.ToString());
        }

        return words;
    }
}
