using System.Collections.Frozen;

namespace WuzhenSite.Search;

/// <summary><c>lunr.stopWordFilter</c>: drops tokens that are on lunr.js 2.3.9's English stop-word list.</summary>
public static class StopWordFilter
{
    /// <summary>The label lunr.js registers this pipeline function under.</summary>
    public const string Label = "stopWordFilter";

    /// <summary>lunr.js 2.3.9's English stop words, in lunr's order.</summary>
    public static IReadOnlyList<string> EnglishStopWords { get; } =
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do", "does",
        "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like",
        "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often",
        "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so",
        "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "tis", "to", "too",
        "twas", "us", "wants", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "yet", "you", "your",
    ];

    private static readonly FrozenSet<string> Words = EnglishStopWords.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="token"/> is exactly one of the stop words (case-sensitive, as lunr compares).</summary>
    public static bool IsStopWord(string token) => Words.Contains(token);
}
