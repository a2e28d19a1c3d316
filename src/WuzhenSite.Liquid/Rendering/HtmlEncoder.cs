using System.Buffers;
using System.Text;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// HTML-escapes the five significant characters (&lt; &gt; &amp; " ') and nothing else, so CJK and other
/// text passes through untouched. Finds special characters with a vectorized search and copies the runs
/// between them in chunks: text without specials is written with a single call.
/// </summary>
internal static class HtmlEncoder
{
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'");

    public static void Write(TextWriter output, string text)
    {
        var index = text.AsSpan().IndexOfAny(Special);
        if (index < 0)
        {
            output.Write(text);
            return;
        }

        WriteSlow(output, text.AsSpan(), index);
    }

    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        var index = text.IndexOfAny(Special);
        if (index < 0)
        {
            output.Write(text);
            return;
        }

        WriteSlow(output, text, index);
    }

    public static string Encode(string text)
    {
        var index = text.AsSpan().IndexOfAny(Special);
        if (index < 0)
        {
            return text;
        }

        // Measure first, then fill the string in place: no StringBuilder, one allocation.
        var length = text.Length;
        for (var i = index; i < text.Length; i++)
        {
            length += text[i] switch
            {
                '<' or '>' => 3,
                '&' or '\'' => 4,
                '"' => 5,
                _ => 0,
            };
        }

        return string.Create(length, (text, index), static (destination, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(destination);
            var written = first;
            for (var i = first; i < source.Length; i++)
            {
                var c = source[i];
                if (c is '<' or '>' or '&' or '"' or '\'')
                {
                    var entity = Entity(c);
                    entity.CopyTo(destination[written..]);
                    written += entity.Length;
                }
                else
                {
                    destination[written++] = c;
                }
            }
        });
    }

    /// <summary>Like <see cref="Encode"/>, but an ampersand that already starts an entity (&amp;amp;, &amp;#39;, &amp;#x27;) is kept.</summary>
    public static string EncodeOnce(string text)
    {
        var index = text.AsSpan().IndexOfAny(Special);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('<' or '>' or '&' or '"' or '\'') || (c == '&' && StartsEntity(text, i)))
            {
                continue;
            }

            builder.Append(text, start, i - start).Append(Entity(c));
            start = i + 1;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    private static void WriteSlow(TextWriter output, ReadOnlySpan<char> rest, int index)
    {
        do
        {
            if (index > 0)
            {
                output.Write(rest[..index]);
            }

            output.Write(Entity(rest[index]));
            rest = rest[(index + 1)..];
            index = rest.IndexOfAny(Special);
        }
        while (index >= 0);

        if (!rest.IsEmpty)
        {
            output.Write(rest);
        }
    }

    private static string Entity(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '"' => "&quot;",
        _ => "&#39;",
    };

    /// <summary>Whether text[at] == '&amp;' begins a named (&amp;name;), decimal (&amp;#123;) or hex (&amp;#x1F;) entity.</summary>
    private static bool StartsEntity(string text, int at)
    {
        var i = at + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            var hex = i < text.Length && text[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                i++;
            }

            return i > digitsStart && i < text.Length && text[i] == ';';
        }

        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > nameStart && char.IsAsciiLetter(text[nameStart]) && i < text.Length && text[i] == ';';
    }
}
