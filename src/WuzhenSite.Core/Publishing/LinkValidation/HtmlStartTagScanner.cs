using System.Buffers;
using System.Net;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>
/// Walks the start tags of an HTML page and hands each one's name and attributes to a callback,
/// following the HTML standard's tokenizer for everything that decides where a tag begins and
/// ends: comments, doctypes and bogus comments, end tags (whose quoted attribute values may hold a
/// '&gt;'), quoted and unquoted attribute values, duplicate attributes (the first wins), and the
/// raw-text elements (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c> …) whose content
/// is text, not markup. Text between tags is skipped with vectorised searches instead of being
/// read character by character: link validation reads every page of a build, and a general
/// tokenizer spent more time there than rendering the pages did.
/// </summary>
/// <remarks>
/// Character references in attribute values are decoded with <see cref="WebUtility.HtmlDecode(string)"/>,
/// which needs the terminating ';' (the standard's legacy references without one, such as
/// <c>&amp;amp</c>, stay as written), and a script's escaped text (a "&lt;!--" hiding a
/// "&lt;/script&gt;") is not followed; neither occurs in pages a theme renders. The differential test compares this scanner with AngleSharp's
/// tokenizer on the sample site's pages and on hand-made edge cases.
/// </remarks>
public static class HtmlStartTagScanner
{
    /// <summary>Receives one start tag: its lower-case name and its attributes in source order, names lower-case, values decoded.</summary>
    public delegate void StartTagHandler(string name, IReadOnlyList<KeyValuePair<string, string>> attributes);

    private static readonly SearchValues<char> Whitespace = SearchValues.Create("\t\n\f\r ");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create("\t\n\f\r />=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create("\t\n\f\r >");
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create("\t\n\f\r />");

    /// <summary>Calls <paramref name="onStartTag"/> for every start tag of <paramref name="html"/>, in document order.</summary>
    public static void Scan(string html, StartTagHandler onStartTag)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        var text = html.AsSpan();
        var at = 0;
        while (true)
        {
            var open = text[at..].IndexOf('<');
            if (open < 0)
            {
                return;
            }

            at += open + 1;
            if (at >= text.Length)
            {
                return;
            }

            var next = text[at];
            if (next == '!')
            {
                at = SkipMarkupDeclaration(text, at + 1);
            }
            else if (next == '/')
            {
                at = SkipEndTag(text, at + 1, attributes);
                if (at < 0)
                {
                    return;
                }
            }
            else if (next == '?')
            {
                at = SkipPast(text, at, '>');
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = ReadName(text, ref at, TagNameEnd);
                attributes.Clear();
                at = ReadAttributes(text, at, attributes);
                if (at < 0)
                {
                    return; // The text ends inside the tag: the standard emits no tag.
                }

                onStartTag(name, attributes);
                at = SkipTextOf(name, text, at);
            }

            // Any other character after '<' makes the '<' plain text: carry on from there.
        }
    }

    /// <summary>After "&lt;!": a comment (ends at "--&gt;", "--!&gt;", or at once for "&lt;!--&gt;" and "&lt;!---&gt;"), else a doctype or bogus comment (ends at '&gt;').</summary>
    private static int SkipMarkupDeclaration(ReadOnlySpan<char> text, int at)
    {
        if (!text[at..].StartsWith("--"))
        {
            return SkipPast(text, at, '>');
        }

        at += 2;
        if (text[at..].StartsWith(">"))
        {
            return at + 1;
        }

        if (text[at..].StartsWith("->"))
        {
            return at + 2;
        }

        for (var search = at; search < text.Length;)
        {
            var dashes = text[search..].IndexOf("--");
            if (dashes < 0)
            {
                return text.Length;
            }

            var after = search + dashes + 2;
            // Runs of dashes: "--->" still closes the comment.
            while (after < text.Length && text[after] == '-')
            {
                after++;
            }

            if (after < text.Length && text[after] == '>')
            {
                return after + 1;
            }

            if (after + 1 < text.Length && text[after] == '!' && text[after + 1] == '>')
            {
                return after + 2;
            }

            search = after;
        }

        return text.Length;
    }

    /// <summary>After "&lt;/": an end tag (its attributes are read so that a quoted '&gt;' does not end it), "&lt;/&gt;", or a bogus comment; -1 when the text ends inside an end tag.</summary>
    private static int SkipEndTag(ReadOnlySpan<char> text, int at, List<KeyValuePair<string, string>> scratch)
    {
        if (at >= text.Length)
        {
            return text.Length;
        }

        if (text[at] == '>')
        {
            return at + 1;
        }

        if (!char.IsAsciiLetter(text[at]))
        {
            return SkipPast(text, at, '>');
        }

        ReadName(text, ref at, TagNameEnd);
        scratch.Clear();
        return ReadAttributes(text, at, scratch);
    }

    /// <summary>Reads attributes up to and past the tag's closing '&gt;'; -1 when the text ends first.</summary>
    private static int ReadAttributes(ReadOnlySpan<char> text, int at, List<KeyValuePair<string, string>> attributes)
    {
        while (true)
        {
            at = SkipWhitespaceAndSlashes(text, at);
            if (at >= text.Length)
            {
                return -1;
            }

            if (text[at] == '>')
            {
                return at + 1;
            }

            // An attribute name may begin with '=' (a parse error the standard keeps as part of the name).
            var nameStart = at;
            at++;
            var nameEnd = text[at..].IndexOfAny(AttributeNameEnd);
            at = nameEnd < 0 ? text.Length : at + nameEnd;
            var name = ToLowerName(text[nameStart..at]);

            at = SkipWhitespace(text, at);
            var value = "";
            if (at < text.Length && text[at] == '=')
            {
                at = SkipWhitespace(text, at + 1);
                if (at < text.Length && text[at] is '"' or '\'')
                {
                    var close = text[(at + 1)..].IndexOf(text[at]);
                    var end = close < 0 ? text.Length : at + 1 + close;
                    value = Decode(text[(at + 1)..end]);
                    at = close < 0 ? text.Length : end + 1;
                }
                else if (at < text.Length && text[at] != '>')
                {
                    var end = text[at..].IndexOfAny(UnquotedValueEnd);
                    var stop = end < 0 ? text.Length : at + end;
                    value = Decode(text[at..stop]);
                    at = stop;
                }
            }

            if (!Contains(attributes, name))
            {
                attributes.Add(new(name, value));
            }
        }
    }

    /// <summary>Skips the content of elements whose content is text, to just before their end tag.</summary>
    private static int SkipTextOf(string tagName, ReadOnlySpan<char> text, int at) => tagName switch
    {
        "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title" => SkipToEndTag(text, at, tagName),
        "plaintext" => text.Length,
        _ => at,
    };

    /// <summary>The position of "&lt;/name" followed by whitespace, '/' or '&gt;' (any case), or the end of the text.</summary>
    private static int SkipToEndTag(ReadOnlySpan<char> text, int at, string tagName)
    {
        while (at < text.Length)
        {
            var open = text[at..].IndexOf("</");
            if (open < 0)
            {
                return text.Length;
            }

            at += open;
            var nameEnd = at + 2 + tagName.Length;
            if (nameEnd < text.Length && text.Slice(at + 2, tagName.Length).Equals(tagName, StringComparison.OrdinalIgnoreCase)
                && text[nameEnd] is '\t' or '\n' or '\f' or '\r' or ' ' or '/' or '>')
            {
                return at;
            }

            at += 2;
        }

        return text.Length;
    }

    private static string ReadName(ReadOnlySpan<char> text, ref int at, SearchValues<char> end)
    {
        var length = text[at..].IndexOfAny(end);
        var stop = length < 0 ? text.Length : at + length;
        var name = ToLowerName(text[at..stop]);
        at = stop;
        return name;
    }

    private static string ToLowerName(ReadOnlySpan<char> name)
    {
        // Names are almost always lower case already: only copy when one is not.
        if (name.IndexOfAnyInRange('A', 'Z') < 0 && !name.Contains('\0'))
        {
            return CommonNames.TryGet(name) ?? name.ToString();
        }

        Span<char> lower = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = name[i] == '\0' ? '\uFFFD' : char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return CommonNames.TryGet(lower) ?? lower.ToString();
    }

    private static string Decode(ReadOnlySpan<char> value)
    {
        var text = value.ToString();
        return value.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int at)
    {
        var skip = text[at..].IndexOfAnyExcept(Whitespace);
        return skip < 0 ? text.Length : at + skip;
    }

    private static int SkipWhitespaceAndSlashes(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && (text[at] == '/' || Whitespace.Contains(text[at])))
        {
            at++;
        }

        return at;
    }

    private static int SkipPast(ReadOnlySpan<char> text, int at, char end)
    {
        var found = text[at..].IndexOf(end);
        return found < 0 ? text.Length : at + found + 1;
    }

    private static bool Contains(List<KeyValuePair<string, string>> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Interned strings for the names every page repeats, so scanning a page allocates little beyond the values it keeps.</summary>
    private static class CommonNames
    {
        private static readonly string[] Names =
        [
            "a", "href", "src", "id", "name", "class", "div", "span", "p", "li", "ul", "ol", "img", "link", "meta", "script",
            "section", "article", "nav", "header", "footer", "main", "time", "button", "rel", "content", "property", "type",
            "lang", "hreflang", "title", "alt", "datetime", "aria-label", "aria-current", "data-anchor", "h1", "h2", "h3",
            "form", "input", "label", "svg", "path", "body", "head", "html", "blockquote", "strong", "em", "figure", "source",
        ];

        private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
            Names.ToDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public static string? TryGet(ReadOnlySpan<char> name) => Lookup.TryGetValue(name, out var interned) ? interned : null;
    }
}
