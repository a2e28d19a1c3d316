using System.Buffers;
using System.Net;
using System.Text;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>
/// Walks the start tags of a UTF-8 HTML page and hands each one's name and the values of the
/// attributes asked for to a callback, following the HTML standard's tokenizer for everything
/// that decides where a tag begins and ends: comments, doctypes and bogus comments, end tags
/// (whose quoted attribute values may hold a '&gt;'), quoted and unquoted attribute values,
/// duplicate attributes (the first wins), ASCII case-insensitive names, and the raw-text elements
/// (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c> …) whose content is text, not markup.
/// Every character that matters to that is ASCII, so the page is read as bytes, with vectorised
/// searches between tags, and only the values asked for become strings: link validation reads
/// every page of a build, and a general tokenizer spent more time there than rendering them did.
/// </summary>
/// <remarks>
/// Character references in attribute values are decoded with <see cref="WebUtility.HtmlDecode(string)"/>,
/// which needs the terminating ';' (the standard's legacy references without one, such as
/// <c>&amp;amp</c>, stay as written), and a script's escaped text (a "&lt;!--" hiding a
/// "&lt;/script&gt;") is not followed; neither occurs in pages a theme renders. The differential test
/// compares this scanner with AngleSharp's tokenizer on the sample site's pages, hand-made edge
/// cases and generated tag soup.
/// </remarks>
public static class HtmlStartTagScanner
{
    /// <summary>
    /// Receives one start tag: its name as written (compare it with <see cref="Ascii.EqualsIgnoreCase(ReadOnlySpan{byte}, ReadOnlySpan{char})"/>)
    /// and, for each attribute name asked for, its decoded value or null when the tag has no such attribute.
    /// </summary>
    public delegate void StartTagHandler(ReadOnlySpan<byte> name, ReadOnlySpan<string?> values);

    private static readonly SearchValues<byte> Whitespace = SearchValues.Create("\t\n\f\r "u8);
    private static readonly SearchValues<byte> AttributeNameEnd = SearchValues.Create("\t\n\f\r />="u8);
    private static readonly SearchValues<byte> UnquotedValueEnd = SearchValues.Create("\t\n\f\r >"u8);
    private static readonly SearchValues<byte> TagNameEnd = SearchValues.Create("\t\n\f\r />"u8);
    private static readonly string[] RawTextElements = ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"];

    /// <summary>Calls <paramref name="onStartTag"/> for every start tag of <paramref name="html"/>, in document order.</summary>
    /// <param name="html">The page, UTF-8.</param>
    /// <param name="attributeNames">The attributes whose values the handler wants, lower case.</param>
    /// <param name="onStartTag">Called once per start tag.</param>
    public static void Scan(ReadOnlySpan<byte> html, IReadOnlyList<string> attributeNames, StartTagHandler onStartTag)
    {
        var values = new string?[attributeNames.Count];
        var at = 0;
        while (true)
        {
            var open = html[at..].IndexOf((byte)'<');
            if (open < 0)
            {
                return;
            }

            at += open + 1;
            if (at >= html.Length)
            {
                return;
            }

            var next = html[at];
            if (next == '!')
            {
                at = SkipMarkupDeclaration(html, at + 1);
            }
            else if (next == '/')
            {
                at = SkipEndTag(html, at + 1);
                if (at < 0)
                {
                    return;
                }
            }
            else if (next == '?')
            {
                at = SkipPast(html, at, (byte)'>');
            }
            else if (char.IsAsciiLetter((char)next))
            {
                var name = ReadName(html, ref at);
                Array.Clear(values);
                at = ReadAttributes(html, at, attributeNames, values);
                if (at < 0)
                {
                    return; // The text ends inside the tag: the standard emits no tag.
                }

                onStartTag(name, values);
                at = SkipTextOf(name, html, at);
            }

            // Any other character after '<' makes the '<' plain text: carry on from there.
        }
    }

    /// <summary>After "&lt;!": a comment (ends at "--&gt;", "--!&gt;", or at once for "&lt;!--&gt;" and "&lt;!---&gt;"), else a doctype or bogus comment (ends at '&gt;').</summary>
    private static int SkipMarkupDeclaration(ReadOnlySpan<byte> html, int at)
    {
        if (!html[at..].StartsWith("--"u8))
        {
            return SkipPast(html, at, (byte)'>');
        }

        at += 2;
        if (html[at..].StartsWith(">"u8))
        {
            return at + 1;
        }

        if (html[at..].StartsWith("->"u8))
        {
            return at + 2;
        }

        for (var search = at; search < html.Length;)
        {
            var dashes = html[search..].IndexOf("--"u8);
            if (dashes < 0)
            {
                return html.Length;
            }

            var after = search + dashes + 2;
            // Runs of dashes: "--->" still closes the comment.
            while (after < html.Length && html[after] == '-')
            {
                after++;
            }

            if (after < html.Length && html[after] == '>')
            {
                return after + 1;
            }

            if (after + 1 < html.Length && html[after] == '!' && html[after + 1] == '>')
            {
                return after + 2;
            }

            search = after;
        }

        return html.Length;
    }

    /// <summary>After "&lt;/": an end tag (its attributes are read so that a quoted '&gt;' does not end it), "&lt;/&gt;", or a bogus comment; -1 when the text ends inside an end tag.</summary>
    private static int SkipEndTag(ReadOnlySpan<byte> html, int at)
    {
        if (at >= html.Length)
        {
            return html.Length;
        }

        if (html[at] == '>')
        {
            return at + 1;
        }

        if (!char.IsAsciiLetter((char)html[at]))
        {
            return SkipPast(html, at, (byte)'>');
        }

        ReadName(html, ref at);
        return ReadAttributes(html, at, [], []);
    }

    /// <summary>Reads attributes up to and past the tag's closing '&gt;', keeping the first value of each wanted one; -1 when the text ends first.</summary>
    private static int ReadAttributes(ReadOnlySpan<byte> html, int at, IReadOnlyList<string> wanted, string?[] values)
    {
        while (true)
        {
            at = SkipWhitespaceAndSlashes(html, at);
            if (at >= html.Length)
            {
                return -1;
            }

            if (html[at] == '>')
            {
                return at + 1;
            }

            // An attribute name may begin with '=' (a parse error the standard keeps as part of the name).
            var nameStart = at;
            at++;
            var nameEnd = html[at..].IndexOfAny(AttributeNameEnd);
            at = nameEnd < 0 ? html.Length : at + nameEnd;
            var slot = IndexOf(wanted, html[nameStart..at]);

            at = SkipWhitespace(html, at);
            var value = ReadOnlySpan<byte>.Empty;
            if (at < html.Length && html[at] == '=')
            {
                at = SkipWhitespace(html, at + 1);
                if (at < html.Length && html[at] is (byte)'"' or (byte)'\'')
                {
                    var close = html[(at + 1)..].IndexOf(html[at]);
                    var end = close < 0 ? html.Length : at + 1 + close;
                    value = html[(at + 1)..end];
                    at = close < 0 ? html.Length : end + 1;
                }
                else if (at < html.Length && html[at] != '>')
                {
                    var end = html[at..].IndexOfAny(UnquotedValueEnd);
                    var stop = end < 0 ? html.Length : at + end;
                    value = html[at..stop];
                    at = stop;
                }
            }

            if (slot >= 0 && values[slot] is null)
            {
                values[slot] = Decode(value);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> wanted, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            if (Ascii.EqualsIgnoreCase(name, wanted[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Skips the content of elements whose content is text, to just before their end tag.</summary>
    private static int SkipTextOf(ReadOnlySpan<byte> tagName, ReadOnlySpan<byte> html, int at)
    {
        if (Ascii.EqualsIgnoreCase(tagName, "plaintext"))
        {
            return html.Length;
        }

        foreach (var element in RawTextElements)
        {
            if (Ascii.EqualsIgnoreCase(tagName, element))
            {
                return SkipToEndTag(html, at, element);
            }
        }

        return at;
    }

    /// <summary>The position of "&lt;/name" followed by whitespace, '/' or '&gt;' (any case), or the end of the text.</summary>
    private static int SkipToEndTag(ReadOnlySpan<byte> html, int at, string tagName)
    {
        while (at < html.Length)
        {
            var open = html[at..].IndexOf("</"u8);
            if (open < 0)
            {
                return html.Length;
            }

            at += open;
            var nameEnd = at + 2 + tagName.Length;
            if (nameEnd < html.Length && Ascii.EqualsIgnoreCase(html.Slice(at + 2, tagName.Length), tagName)
                && html[nameEnd] is (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r' or (byte)' ' or (byte)'/' or (byte)'>')
            {
                return at;
            }

            at += 2;
        }

        return html.Length;
    }

    private static ReadOnlySpan<byte> ReadName(ReadOnlySpan<byte> html, ref int at)
    {
        var length = html[at..].IndexOfAny(TagNameEnd);
        var stop = length < 0 ? html.Length : at + length;
        var name = html[at..stop];
        at = stop;
        return name;
    }

    private static string Decode(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        return value.Contains((byte)'&') ? WebUtility.HtmlDecode(text) : text;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> html, int at)
    {
        var skip = html[at..].IndexOfAnyExcept(Whitespace);
        return skip < 0 ? html.Length : at + skip;
    }

    private static int SkipWhitespaceAndSlashes(ReadOnlySpan<byte> html, int at)
    {
        while (at < html.Length && (html[at] == '/' || Whitespace.Contains(html[at])))
        {
            at++;
        }

        return at;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, int at, byte end)
    {
        var found = html[at..].IndexOf(end);
        return found < 0 ? html.Length : at + found + 1;
    }
}
