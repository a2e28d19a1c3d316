namespace WuzhenSite.Search;

/// <summary>
/// A CJK-aware tokenizer. Text is first split exactly as <see cref="LunrTokenizer"/> splits it;
/// inside each lunr token, runs of CJK characters (Han, Hiragana, Katakana, Hangul; CJK
/// punctuation excluded) become overlapping character bigrams (a one-character run gives the
/// character itself) and the non-CJK parts stay word tokens. A lunr token without CJK
/// characters is left whole, so non-CJK text tokenizes exactly as lunr.js does. Non-CJK parts
/// cut out of a token that has CJK characters are dropped when they hold no <c>\w</c>
/// character (they would trim to nothing). <c>browser/lunr-cjk.js</c> implements the same rules.
/// </summary>
public sealed class CjkTokenizer : Tokenizer
{
    /// <summary>The shared instance (the tokenizer is stateless).</summary>
    public static CjkTokenizer Instance { get; } = new();

    private CjkTokenizer()
    {
    }

    /// <summary>True when <paramref name="codePoint"/> is a CJK character that is indexed as bigrams.</summary>
    public static bool IsCjk(int codePoint)
    {
        if (codePoint < 0x1100)
        {
            return false;
        }

        if (codePoint < 0x3000)
        {
            return codePoint <= 0x11FF                                  // Hangul Jamo
                || (codePoint >= 0x2E80 && codePoint <= 0x2FDF);        // CJK radicals, Kangxi radicals
        }

        if (codePoint < 0x3400)
        {
            return codePoint is (>= 0x3005 and <= 0x3007)              // 々 〆 〇
                or (>= 0x3021 and <= 0x3029)                            // Hangzhou numerals
                or (>= 0x3031 and <= 0x3035)                            // kana repeat marks
                or (>= 0x3038 and <= 0x303B)                            // Han marks
                or (>= 0x3041 and <= 0x3096)                            // Hiragana
                or (>= 0x3099 and <= 0x309F)                            // kana voicing marks, iteration
                or (>= 0x30A1 and <= 0x30FA)                            // Katakana
                or (>= 0x30FC and <= 0x30FF)                            // ー ヽ ヾ ヿ
                or (>= 0x3131 and <= 0x318E)                            // Hangul compatibility Jamo
                or (>= 0x31F0 and <= 0x31FF);                           // Katakana phonetic extensions
        }

        if (codePoint <= 0xFFFF)
        {
            return codePoint is (<= 0x4DBF)                             // CJK Extension A
                or (>= 0x4E00 and <= 0x9FFF)                            // CJK Unified Ideographs
                or (>= 0xA960 and <= 0xA97F)                            // Hangul Jamo Extended-A
                or (>= 0xAC00 and <= 0xD7A3)                            // Hangul syllables
                or (>= 0xD7B0 and <= 0xD7FF)                            // Hangul Jamo Extended-B
                or (>= 0xF900 and <= 0xFAFF)                            // CJK compatibility ideographs
                or (>= 0xFF66 and <= 0xFF9F)                            // halfwidth Katakana
                or (>= 0xFFA0 and <= 0xFFDC);                           // halfwidth Hangul
        }

        return codePoint is (>= 0x1B000 and <= 0x1B16F)                // Kana supplement and extensions
            or (>= 0x20000 and <= 0x2FA1F)                              // CJK Extensions B–F, compatibility supplement
            or (>= 0x30000 and <= 0x323AF);                             // CJK Extensions G–H
    }

    internal override void TokenizeLowered(ReadOnlySpan<char> lowered, List<TokenSpan> output)
    {
        int start = 0;
        while (start <= lowered.Length)
        {
            int relative = lowered.Slice(start).IndexOfAny(JsText.Separators);
            int end = relative < 0 ? lowered.Length : start + relative;
            if (end > start)
            {
                Segment(lowered, start, end, output);
            }

            start = end + 1;
        }
    }

    /// <summary>Splits one lunr token <c>[start, end)</c> into word parts and CJK bigrams.</summary>
    internal static void Segment(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        // Fast path: nothing at or above U+1100 means no CJK character, so the token stays whole.
        if (text.Slice(start, end - start).IndexOfAnyInRange('\u1100', '\uFFFF') < 0)
        {
            output.Add(new TokenSpan(start, end - start, TokenKind.Word));
            return;
        }

        if (!ContainsCjk(text, start, end))
        {
            output.Add(new TokenSpan(start, end - start, TokenKind.Word));
            return;
        }

        int i = start;
        while (i < end)
        {
            int width = CodePointAt(text, i, end, out int codePoint);
            if (IsCjk(codePoint))
            {
                // A CJK run: emit overlapping bigrams of code points.
                int firstStart = i;
                int firstWidth = width;
                int next = i + width;
                if (next >= end || !IsCjk(PeekCodePoint(text, next, end, out int nextWidth)))
                {
                    output.Add(new TokenSpan(firstStart, firstWidth, TokenKind.Cjk));
                    i = next;
                    continue;
                }

                int previousStart = firstStart;
                int previousWidth = firstWidth;
                int current = next;
                int currentWidth = nextWidth;
                while (true)
                {
                    output.Add(new TokenSpan(previousStart, previousWidth + currentWidth, TokenKind.Cjk));
                    int after = current + currentWidth;
                    if (after >= end || !IsCjk(PeekCodePoint(text, after, end, out int afterWidth)))
                    {
                        i = after;
                        break;
                    }

                    previousStart = current;
                    previousWidth = currentWidth;
                    current = after;
                    currentWidth = afterWidth;
                }

                continue;
            }

            // A non-CJK run: keep it as a word token if it has something the trimmer keeps.
            int runStart = i;
            bool hasWordChar = false;
            while (i < end)
            {
                int w = CodePointAt(text, i, end, out int cp);
                if (IsCjk(cp))
                {
                    break;
                }

                hasWordChar |= w == 1 && JsText.IsWordChar((char)cp);
                i += w;
            }

            if (hasWordChar)
            {
                output.Add(new TokenSpan(runStart, i - runStart, TokenKind.Word));
            }
        }
    }

    private static bool ContainsCjk(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end;)
        {
            i += CodePointAt(text, i, end, out int codePoint);
            if (IsCjk(codePoint))
            {
                return true;
            }
        }

        return false;
    }

    private static int PeekCodePoint(ReadOnlySpan<char> text, int index, int end, out int width)
    {
        width = CodePointAt(text, index, end, out int codePoint);
        return codePoint;
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int index, int end, out int codePoint)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return 2;
        }

        codePoint = c;
        return 1;
    }
}
