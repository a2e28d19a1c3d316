namespace WuzhenSite.Localization;

/// <summary>
/// Tells Chinese, Japanese and Korean characters apart from the rest, for the places where text
/// must not be split on spaces: summaries, reading time, search.
/// </summary>
public static class CjkText
{
    /// <summary>True for a CJK ideograph, kana or hangul code point.</summary>
    public static bool IsCjk(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF      // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF            // Extension A
            or >= 0x20000 and <= 0x2EBEF          // Extensions B-F
            or >= 0xF900 and <= 0xFAFF            // Compatibility Ideographs
            or >= 0x3040 and <= 0x30FF            // Hiragana, Katakana
            or >= 0xAC00 and <= 0xD7AF;           // Hangul syllables

    /// <summary>True for CJK punctuation after which a Chinese sentence may be cut.</summary>
    public static bool IsCjkPunctuation(char c) => c is '。' or '，' or '、' or '；' or '：' or '！' or '？' or '」' or '』' or '）' or '”';

    /// <summary>True when more than a third of the letters in the text are CJK: the text is read character by character.</summary>
    public static bool IsMostlyCjk(ReadOnlySpan<char> text)
    {
        int cjk = 0, letters = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && cjk * 3 > letters;
    }
}
