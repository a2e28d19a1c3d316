namespace WuzhenSite.Search;

/// <summary>
/// <c>lunr.stemmer</c>: the Porter stemmer exactly as lunr.js 2.3.9 implements it with regular
/// expressions, including its quirks (a leading "y" is treated as a consonant, "y" counts as a
/// vowel only where lunr's patterns say so, words shorter than three code units are kept).
/// This is a hand-written matcher with the same results as lunr's patterns, not a regex engine.
/// </summary>
public static class PorterStemmer
{
    /// <summary>The label lunr.js registers this pipeline function under.</summary>
    public const string Label = "stemmer";

    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4 =
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""),
    ];

    /// <summary>Stems <paramref name="word"/>; returns the same instance when it is unchanged.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        // Every step shortens the word or keeps its length, so the original length is enough.
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        int lineTerminator = word.AsSpan().IndexOfAny(JsText.LineTerminators);
        var w = new Word(buffer, word.Length, lineTerminator < 0 ? int.MaxValue : lineTerminator);

        bool leadingY = buffer[0] == 'y';
        if (leadingY)
        {
            buffer[0] = 'Y';
        }

        // Step 1a: /^(.+?)(ss|i)es$/ → $1$2, else /^(.+?)([^s])s$/ → $1$2.
        if (w.EndsWith("sses") && w.PrefixOk(w.Length - 4))
        {
            w.Length -= 2;
        }
        else if (w.EndsWith("ies") && w.PrefixOk(w.Length - 3))
        {
            w.Length -= 2;
        }
        else if (w.Length >= 3 && w[w.Length - 1] == 's' && w[w.Length - 2] != 's' && w.PrefixOk(w.Length - 2))
        {
            w.Length -= 1;
        }

        // Step 1b: /^(.+?)eed$/, else /^(.+?)(ed|ing)$/.
        if (w.EndsWith("eed") && w.PrefixOk(w.Length - 3))
        {
            if (MeasureGreaterThan0(w.Slice(w.Length - 3)))
            {
                w.Length -= 1;
            }
        }
        else if (TryStep1bSuffix(ref w, out int stemLength))
        {
            if (HasVowel(w.Slice(stemLength)))
            {
                w.Length = stemLength;
                if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
                {
                    w.Append('e');
                }
                else if (w.Length >= 2 && w[w.Length - 1] == w[w.Length - 2] && !IsIn(w[w.Length - 1], "aeiouylsz"))
                {
                    w.Length -= 1;
                }
                else if (EndsCvc(w.Slice(w.Length)))
                {
                    w.Append('e');
                }
            }
        }

        // Step 1c: /^(.+?[^aeiou])y$/ → $1i.
        if (w.Length >= 3 && w[w.Length - 1] == 'y' && !IsVowel(w[w.Length - 2]) && w.PrefixOk(w.Length - 2))
        {
            w[w.Length - 1] = 'i';
        }

        // Steps 2 and 3: replace the suffix when the stem has measure > 0.
        ReplaceSuffix(ref w, Step2);
        ReplaceSuffix(ref w, Step3);

        // Step 4: drop the suffix when the stem has measure > 1; else /^(.+?)(s|t)(ion)$/.
        int step4 = LongestSuffix(ref w, Step4);
        int step4Stem = step4 >= 0 ? w.Length - Step4[step4].Suffix.Length : 0;
        if (step4 >= 0 && w.PrefixOk(step4Stem))
        {
            if (MeasureGreaterThan1(w.Slice(step4Stem)))
            {
                w.Length = step4Stem;
            }
        }
        else if (w.Length >= 5 && w.EndsWith("ion") && (w[w.Length - 4] == 's' || w[w.Length - 4] == 't') && w.PrefixOk(w.Length - 4))
        {
            if (MeasureGreaterThan1(w.Slice(w.Length - 3)))
            {
                w.Length -= 3;
            }
        }

        // Step 5: /^(.+?)e$/ then /ll$/.
        if (w.Length >= 2 && w[w.Length - 1] == 'e' && w.PrefixOk(w.Length - 1))
        {
            var stem = w.Slice(w.Length - 1);
            if (MeasureGreaterThan1(stem) || (MeasureEquals1(stem) && !EndsCvc(stem)))
            {
                w.Length -= 1;
            }
        }

        if (w.EndsWith("ll") && MeasureGreaterThan1(w.Slice(w.Length)))
        {
            w.Length -= 1;
        }

        if (leadingY)
        {
            buffer[0] = 'y';
        }

        var result = buffer.Slice(0, w.Length);
        return result.SequenceEqual(word) ? word : new string(result);
    }

    // /^(.+?)(ed|ing)$/: the lazy prefix needs at least one code unit and no line terminator.
    private static bool TryStep1bSuffix(ref Word w, out int stemLength)
    {
        if (w.EndsWith("ed") && w.PrefixOk(w.Length - 2))
        {
            stemLength = w.Length - 2;
            return true;
        }

        if (w.EndsWith("ing") && w.PrefixOk(w.Length - 3))
        {
            stemLength = w.Length - 3;
            return true;
        }

        stemLength = 0;
        return false;
    }

    // /^(.+?)(suffix1|suffix2|…)$/: the lazy prefix makes the longest matching suffix win.
    private static int LongestSuffix(ref Word w, (string Suffix, string Replacement)[] table)
    {
        int best = -1;
        for (int i = 0; i < table.Length; i++)
        {
            string suffix = table[i].Suffix;
            if (w.Length > suffix.Length && w.EndsWith(suffix) && (best < 0 || suffix.Length > table[best].Suffix.Length))
            {
                best = i;
            }
        }

        return best;
    }

    private static void ReplaceSuffix(ref Word w, (string Suffix, string Replacement)[] table)
    {
        int match = LongestSuffix(ref w, table);
        if (match < 0)
        {
            return;
        }

        int stem = w.Length - table[match].Suffix.Length;
        if (w.PrefixOk(stem) && MeasureGreaterThan0(w.Slice(stem)))
        {
            w.Length = stem;
            w.Append(table[match].Replacement);
        }
    }

    private static bool IsIn(char c, string set) => set.Contains(c, StringComparison.Ordinal);

    /// <summary>lunr's <c>[aeiou]</c>.</summary>
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>lunr's <c>[aeiouy]</c>.</summary>
    private static bool IsVowelOrY(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // The measure patterns are anchored at the start: ^(C)?V C …, with C = [^aeiou][^aeiouy]* and
    // V = [aeiouy][aeiou]*. They are matched by tracking the set of positions each element can end at.
    private static bool MeasureGreaterThan0(ReadOnlySpan<char> s) => MatchMeasure(s, 1);

    private static bool MeasureGreaterThan1(ReadOnlySpan<char> s) => MatchMeasure(s, 2);

    // ^(C)?VC(V)?$
    private static bool MeasureEquals1(ReadOnlySpan<char> s)
    {
        Span<bool> a = s.Length < 128 ? stackalloc bool[s.Length + 1] : new bool[s.Length + 1];
        Span<bool> b = s.Length < 128 ? stackalloc bool[s.Length + 1] : new bool[s.Length + 1];
        OptionalConsonantsFromStart(s, a);
        StepVowels(s, a, b);
        StepConsonants(s, b, a);
        if (a[s.Length])
        {
            return true;
        }

        StepVowels(s, a, b);
        return b[s.Length];
    }

    // ^(C)?(VC){pairs} — some prefix of s matches.
    private static bool MatchMeasure(ReadOnlySpan<char> s, int pairs)
    {
        Span<bool> a = s.Length < 128 ? stackalloc bool[s.Length + 1] : new bool[s.Length + 1];
        Span<bool> b = s.Length < 128 ? stackalloc bool[s.Length + 1] : new bool[s.Length + 1];
        OptionalConsonantsFromStart(s, a);
        for (int i = 0; i < pairs; i++)
        {
            StepVowels(s, a, b);
            StepConsonants(s, b, a);
        }

        return a.Contains(true);
    }

    // Start positions after ^(C)?: 0, plus every end of a C matched from 0.
    private static void OptionalConsonantsFromStart(ReadOnlySpan<char> s, Span<bool> positions)
    {
        positions.Clear();
        positions[0] = true;
        if (s.Length > 0 && !IsVowel(s[0]))
        {
            int p = 1;
            positions[p] = true;
            while (p < s.Length && !IsVowelOrY(s[p]))
            {
                p++;
                positions[p] = true;
            }
        }
    }

    // C = [^aeiou][^aeiouy]*
    private static void StepConsonants(ReadOnlySpan<char> s, ReadOnlySpan<bool> from, Span<bool> to)
    {
        to.Clear();
        for (int p = 0; p < s.Length; p++)
        {
            if (!from[p] || IsVowel(s[p]))
            {
                continue;
            }

            int q = p + 1;
            to[q] = true;
            while (q < s.Length && !IsVowelOrY(s[q]))
            {
                q++;
                to[q] = true;
            }
        }
    }

    // V = [aeiouy][aeiou]*
    private static void StepVowels(ReadOnlySpan<char> s, ReadOnlySpan<bool> from, Span<bool> to)
    {
        to.Clear();
        for (int p = 0; p < s.Length; p++)
        {
            if (!from[p] || !IsVowelOrY(s[p]))
            {
                continue;
            }

            int q = p + 1;
            to[q] = true;
            while (q < s.Length && IsVowel(s[q]))
            {
                q++;
                to[q] = true;
            }
        }
    }

    // ^(C)?v — a vowel (or y) in the stem.
    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        Span<bool> a = s.Length < 128 ? stackalloc bool[s.Length + 1] : new bool[s.Length + 1];
        OptionalConsonantsFromStart(s, a);
        for (int p = 0; p < s.Length; p++)
        {
            if (a[p] && IsVowelOrY(s[p]))
            {
                return true;
            }
        }

        return false;
    }

    // ^C v [^aeiouwxy]$ — a consonant run from the start, one vowel, one final consonant other than w, x, y.
    private static bool EndsCvc(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n < 3 || IsVowel(s[0]) || !IsVowelOrY(s[n - 2]) || IsIn(s[n - 1], "aeiouwxy"))
        {
            return false;
        }

        // C must end exactly at n - 2: s[0] is [^aeiou] and s[1 .. n-2) are all [^aeiouy].
        for (int p = 1; p < n - 2; p++)
        {
            if (IsVowelOrY(s[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word being stemmed in place: a buffer, its current length, and where its first line terminator is.</summary>
    private ref struct Word
    {
        private readonly Span<char> buffer;
        private readonly int firstLineTerminator;

        public Word(Span<char> buffer, int length, int firstLineTerminator)
        {
            this.buffer = buffer;
            Length = length;
            this.firstLineTerminator = firstLineTerminator;
        }

        public int Length { get; set; }

        public char this[int index]
        {
            readonly get => buffer[index];
            set => buffer[index] = value;
        }

        public readonly bool EndsWith(string suffix) => buffer.Slice(0, Length).EndsWith(suffix.AsSpan(), StringComparison.Ordinal);

        /// <summary>The prefix (.+?) of this length matches: at least one code unit and no JavaScript line terminator.</summary>
        public readonly bool PrefixOk(int prefixLength) => prefixLength >= 1 && firstLineTerminator >= prefixLength;

        /// <summary>The first <paramref name="length"/> code units, named for the stem left when a suffix is cut.</summary>
        public readonly ReadOnlySpan<char> Slice(int length) => buffer.Slice(0, length);

        public void Append(char c)
        {
            buffer[Length] = c;
            Length++;
        }

        public void Append(string text)
        {
            text.AsSpan().CopyTo(buffer.Slice(Length));
            Length += text.Length;
        }
    }
}
