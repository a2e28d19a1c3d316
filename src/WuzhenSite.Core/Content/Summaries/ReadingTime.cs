using WuzhenSite.Localization;

namespace WuzhenSite.Content.Summaries;

/// <summary>Estimates reading time: words for alphabetic text, characters for CJK text, which has no spaces.</summary>
public static class ReadingTime
{
    /// <summary>Minutes to read <paramref name="plainText"/>, at least 1.</summary>
    public static int Minutes(ReadOnlySpan<char> plainText, int wordsPerMinute, int cjkCharactersPerMinute)
    {
        int words = 0, cjk = 0;
        var inWord = false;
        foreach (var c in plainText)
        {
            if (CjkText.IsCjk(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        var minutes = ((double)words / wordsPerMinute) + ((double)cjk / cjkCharactersPerMinute);
        return Math.Max(1, (int)Math.Ceiling(minutes));
    }
}
