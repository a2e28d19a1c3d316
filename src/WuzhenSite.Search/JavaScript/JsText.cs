using System.Globalization;
using System.Runtime.CompilerServices;

namespace WuzhenSite.Search;

/// <summary>
/// String helpers that reproduce the JavaScript (ECMAScript) semantics lunr.js relies on:
/// <c>String.prototype.toLowerCase</c>, the <c>\s</c> and <c>\w</c> regex classes, and
/// the ordering of integer-like property keys in JavaScript objects.
/// </summary>
internal static class JsText
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>
    /// <see cref="ToLowerCase(string)"/> into <paramref name="buffer"/> (grown when too small) when the text
    /// has neither of the two context-dependent capitals, as nearly all text has; otherwise a new string.
    /// The index builder lowers every field of every document: this spares a copy of the whole text.
    /// </summary>
    public static ReadOnlySpan<char> ToLowerCase(string value, ref char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(CapitalIWithDot, CapitalSigma) >= 0)
        {
            return ToLowerCase(value);
        }

        if (buffer.Length < value.Length)
        {
            buffer = new char[Math.Max(value.Length, buffer.Length * 2)];
        }

        // The same invariant simple mapping string.ToLowerInvariant uses.
        int written = value.AsSpan().ToLowerInvariant(buffer);
        return buffer.AsSpan(0, written);
    }

    /// <summary>
    /// JavaScript <c>toLowerCase()</c>: full Unicode lower-casing, locale independent.
    /// Differs from <see cref="string.ToLowerInvariant"/> in two places handled here:
    /// U+0130 becomes "i\u0307" (two code units) and a capital sigma at the end of a
    /// word becomes the final form U+03C2.
    /// </summary>
    public static string ToLowerCase(string value)
    {
        string lowered = value.ToLowerInvariant();
        if (value.AsSpan().IndexOfAny(CapitalIWithDot, CapitalSigma) < 0)
        {
            return lowered;
        }

        // .NET's invariant lower-casing is a simple (length-preserving) mapping, so the two
        // strings line up code unit by code unit; patch the two context/length-changing cases.
        var builder = new System.Text.StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == CapitalIWithDot)
            {
                builder.Append('i').Append('\u0307');
            }
            else if (c == CapitalSigma)
            {
                builder.Append(IsFinalSigma(value, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                builder.Append(lowered[i]);
            }
        }

        return builder.ToString();
    }

    // Unicode SpecialCasing "Final_Sigma": preceded by a cased letter (skipping case-ignorable
    // characters) and not followed by a cased letter (again skipping case-ignorable characters).
    private static bool IsFinalSigma(string value, int index)
    {
        bool casedBefore = false;
        int i = index;
        while (i > 0)
        {
            int start = i - 1;
            if (char.IsLowSurrogate(value[start]) && start > 0 && char.IsHighSurrogate(value[start - 1]))
            {
                start--;
            }

            int cp = CodePointAt(value, start);
            if (IsCaseIgnorable(cp))
            {
                i = start;
                continue;
            }

            casedBefore = IsCased(cp);
            break;
        }

        if (!casedBefore)
        {
            return false;
        }

        i = index + 1;
        while (i < value.Length)
        {
            int cp = CodePointAt(value, i);
            int width = cp > 0xFFFF ? 2 : 1;
            if (IsCaseIgnorable(cp))
            {
                i += width;
                continue;
            }

            return !IsCased(cp);
        }

        return true;
    }

    internal static int CodePointAt(string value, int index)
    {
        char c = value[index];
        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            return char.ConvertToUtf32(c, value[index + 1]);
        }

        return c;
    }

    private static bool IsCased(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;
    }

    private static bool IsCaseIgnorable(int codePoint)
    {
        switch (codePoint)
        {
            case '\'': case '.': case ':': case '^': case '`': case '\u00A8': case '\u00AD': case '\u00AF': case '\u00B4':
            case '\u00B7': case '\u00B8': case '\u0387': case '\u05F4': case '\u2018': case '\u2019': case '\u2024':
            case '\u2027': case '\uFE13': case '\uFE52': case '\uFE55': case '\uFF07': case '\uFF0E': case '\uFF1A':
                return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    /// <summary>The characters of lunr's separator class <c>[\s\-]</c>: JavaScript <c>\s</c> plus the hyphen.</summary>
    public static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(
        "\t\n\u000B\f\r -\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>JavaScript line terminators (not matched by the regex <c>.</c>).</summary>
    public static readonly System.Buffers.SearchValues<char> LineTerminators = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>True for characters matched by lunr's separator <c>/[\s\-]+/</c> (JavaScript <c>\s</c> or a hyphen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c)
    {
        if (c <= ' ')
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        if (c == '-')
        {
            return true;
        }

        if (c < '\u00A0')
        {
            return false;
        }

        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
            || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /// <summary>True for the JavaScript regex class <c>\w</c>: <c>[A-Za-z0-9_]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>True for JavaScript line terminators, which the regex <c>.</c> does not match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineTerminator(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

    /// <summary>
    /// True when <paramref name="key"/> is a JavaScript "array index" property key (canonical decimal
    /// integer 0 ≤ n ≤ 2^32 − 2). Such keys are enumerated first, in ascending numeric order.
    /// </summary>
    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong n = 0;
        foreach (char c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            n = (n * 10) + (uint)(c - '0');
        }

        if (n > 4294967294UL)
        {
            return false;
        }

        value = (uint)n;
        return true;
    }

    /// <summary>
    /// Returns the order in which JavaScript enumerates the keys of an object whose keys were
    /// inserted in the given order: array-index keys ascending, then the others in insertion order.
    /// </summary>
    public static int[] PropertyOrder(IReadOnlyList<string> keysInInsertionOrder)
    {
        int count = keysInInsertionOrder.Count;
        var order = new int[count];
        var numeric = new List<(uint Value, int Position)>();
        for (int i = 0; i < count; i++)
        {
            if (IsArrayIndex(keysInInsertionOrder[i], out uint value))
            {
                numeric.Add((value, i));
            }
        }

        if (numeric.Count == 0)
        {
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
            }

            return order;
        }

        numeric.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        int k = 0;
        foreach (var (_, position) in numeric)
        {
            order[k++] = position;
        }

        for (int i = 0; i < count; i++)
        {
            if (!IsArrayIndex(keysInInsertionOrder[i], out _))
            {
                order[k++] = i;
            }
        }

        return order;
    }
}
