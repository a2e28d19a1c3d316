using System.Globalization;
using System.Text;

namespace WuzhenSite.Engine.Diagnostics;

/// <summary>
/// Makes text safe to print on a terminal: control characters (newlines, ESC sequences, bells),
/// bidi overrides and isolates, zero-width and other invisible format characters, and line and
/// paragraph separators become visible escapes such as <c>\u202E</c>. A file name or title can then
/// neither make an error read backwards, nor break it over lines, nor send the terminal commands.
/// Everything else, Chinese and right-to-left letters included, is left as it is.
/// </summary>
public static class VisibleText
{
    /// <summary>The text with every invisible or controlling character written as an escape.</summary>
    public static string Escape(string text)
    {
        var first = IndexOfInvisible(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(codePoint)))
                {
                    builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            builder.Append(IsInvisible(CharUnicodeInfo.GetUnicodeCategory(c)) ? EscapeOf(c) : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Serialized JSON made as safe to print: the invisible characters that JSON encoders leave raw
    /// (bidi overrides, zero-width characters) become <c>\uXXXX</c> escapes, which mean the same
    /// character to any JSON reader. Control characters are left alone: the encoder has escaped
    /// those inside strings, so the ones left are the layout's own line breaks.
    /// </summary>
    public static string EscapeJson(string json)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < json.Length; i++)
        {
            var units = char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]) ? 2 : 1;
            var category = units == 2 ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(json[i], json[i + 1])) : CharUnicodeInfo.GetUnicodeCategory(json[i]);
            var escape = category != UnicodeCategory.Control && IsInvisible(category);
            if (escape)
            {
                builder ??= new StringBuilder(json.Length + 16).Append(json, 0, i);
            }

            for (var unit = i; unit < i + units; unit++)
            {
                if (escape)
                {
                    builder!.Append("\\u").Append(((int)json[unit]).ToString("X4", CultureInfo.InvariantCulture)); // a pair stays a pair of escapes
                }
                else
                {
                    builder?.Append(json[unit]);
                }
            }

            i += units - 1;
        }

        return builder?.ToString() ?? json;
    }

    // The escapes C#, JSON and YAML's double-quoted strings share.
    private static string EscapeOf(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };

    private static int IndexOfInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue; // printable ASCII, the common case
            }

            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var category = paired ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1])) : CharUnicodeInfo.GetUnicodeCategory(c);
            if (IsInvisible(category))
            {
                return i;
            }

            if (paired)
            {
                i++;
            }
        }

        return -1;
    }

    // Cc: C0, DEL and C1 controls (ESC, newline, bell). Cf: bidi embeddings, overrides and isolates
    // (U+202A–U+202E, U+2066–U+2069), marks, zero-width characters, the BOM, tags. Zl, Zp: line and
    // paragraph separators. Cs: a surrogate without its pair, which no terminal can show.
    private static bool IsInvisible(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}
