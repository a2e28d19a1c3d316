namespace WuzhenSite.Liquid.Parsing;

/// <summary>
/// Splits a template into text, <c>{{ output }}</c> and <c>{% tag %}</c> tokens, swallows raw and comment
/// blocks whole (their bodies are never parsed), then applies whitespace control (<c>{%-</c>, <c>-%}</c>).
/// </summary>
internal static class TemplateLexer
{
    public static List<TemplateToken> Tokenize(string source, LineMap map)
    {
        var tokens = new List<TemplateToken>();
        var position = 0;
        while (position < source.Length)
        {
            var open = FindOpening(source, position);
            if (open < 0)
            {
                tokens.Add(new TemplateToken(TemplateTokenKind.Text, position, position, source.Length));
                break;
            }

            if (open > position)
            {
                tokens.Add(new TemplateToken(TemplateTokenKind.Text, position, position, open));
            }

            position = source[open + 1] == '{'
                ? LexOutput(source, map, open, tokens)
                : LexTag(source, map, open, tokens);
        }

        ApplyWhitespaceControl(source, tokens);
        return tokens;
    }

    /// <summary>Offset of the next <c>{{</c> or <c>{%</c>, or -1.</summary>
    private static int FindOpening(string source, int from)
    {
        while (true)
        {
            var index = source.IndexOf('{', from);
            if (index < 0 || index + 1 >= source.Length)
            {
                return -1;
            }

            var next = source[index + 1];
            if (next is '{' or '%')
            {
                return index;
            }

            from = index + 1;
        }
    }

    private static int LexOutput(string source, LineMap map, int open, List<TemplateToken> tokens)
    {
        var start = open + 2;
        var trimBefore = start < source.Length && source[start] == '-';
        if (trimBefore)
        {
            start++;
        }

        var close = FindClosing(source, start, '}');
        if (close < 0)
        {
            throw map.Error(open, "This '{{' is never closed; expected '}}' to end the output.");
        }

        var end = close;
        var trimAfter = end > start && source[end - 1] == '-';
        if (trimAfter)
        {
            end--;
        }

        tokens.Add(new TemplateToken(TemplateTokenKind.Output, open, start, end) { TrimBefore = trimBefore, TrimAfter = trimAfter });
        return close + 2;
    }

    private static int LexTag(string source, LineMap map, int open, List<TemplateToken> tokens)
    {
        if (!TryReadTag(source, open, out var tag))
        {
            throw map.Error(open, "This '{%' is never closed; expected '%}' to end the tag.");
        }

        var name = TagName(source, tag.Start, tag.End);
        if (name == "raw")
        {
            return LexRaw(source, map, open, tag, tokens);
        }

        if (name == "comment")
        {
            return LexComment(source, map, open, tag, tokens);
        }

        var kind = name == "#" ? TemplateTokenKind.Comment : TemplateTokenKind.Tag;
        tokens.Add(new TemplateToken(kind, open, tag.Start, tag.End) { TrimBefore = tag.TrimBefore, TrimAfter = tag.TrimAfter });
        return tag.Next;
    }

    /// <summary>The body of raw is literal text up to the first endraw tag; no nesting, as in Liquid.</summary>
    private static int LexRaw(string source, LineMap map, int open, TagSpan rawTag, List<TemplateToken> tokens)
    {
        var scan = rawTag.Next;
        while (true)
        {
            var next = FindOpening(source, scan);
            if (next < 0)
            {
                throw map.Error(open, "The 'raw' block is never closed; expected '{% endraw %}'.");
            }

            if (source[next + 1] == '%' && TryReadTag(source, next, out var tag) && TagName(source, tag.Start, tag.End) == "endraw")
            {
                var bodyStart = rawTag.Next;
                var bodyEnd = next;
                if (rawTag.TrimAfter)
                {
                    bodyStart = SkipWhitespace(source, bodyStart, bodyEnd);
                }

                if (tag.TrimBefore)
                {
                    bodyEnd = TrimWhitespaceEnd(source, bodyStart, bodyEnd);
                }

                tokens.Add(new TemplateToken(TemplateTokenKind.Raw, open, bodyStart, bodyEnd)
                {
                    TrimBefore = rawTag.TrimBefore,
                    TrimAfter = tag.TrimAfter,
                });
                return tag.Next;
            }

            scan = next + 2;
        }
    }

    /// <summary>Comment bodies are skipped unparsed; nested comment blocks are counted so the right endcomment closes.</summary>
    private static int LexComment(string source, LineMap map, int open, TagSpan commentTag, List<TemplateToken> tokens)
    {
        var depth = 1;
        var scan = commentTag.Next;
        while (true)
        {
            var next = FindOpening(source, scan);
            if (next < 0)
            {
                throw map.Error(open, "The 'comment' block is never closed; expected '{% endcomment %}'.");
            }

            if (source[next + 1] == '%' && TryReadTag(source, next, out var tag))
            {
                var name = TagName(source, tag.Start, tag.End);
                if (name == "comment")
                {
                    depth++;
                }
                else if (name == "endcomment" && --depth == 0)
                {
                    tokens.Add(new TemplateToken(TemplateTokenKind.Comment, open, commentTag.Start, commentTag.End)
                    {
                        TrimBefore = commentTag.TrimBefore,
                        TrimAfter = tag.TrimAfter,
                    });
                    return tag.Next;
                }
            }

            // Step past just the delimiter: markup inside a comment may be malformed (an apostrophe, say),
            // and trusting its extent could skip over the real endcomment.
            scan = next + 2;
        }
    }

    private static bool TryReadTag(string source, int open, out TagSpan tag)
    {
        var start = open + 2;
        var trimBefore = start < source.Length && source[start] == '-';
        if (trimBefore)
        {
            start++;
        }

        var close = FindClosing(source, start, '%');
        if (close < 0)
        {
            tag = default;
            return false;
        }

        var end = close;
        var trimAfter = end > start && source[end - 1] == '-';
        if (trimAfter)
        {
            end--;
        }

        tag = new TagSpan(start, end, close + 2, trimBefore, trimAfter);
        return true;
    }

    /// <summary>
    /// Offset of the closing <c>}}</c> / <c>%}</c> (first char given), skipping quoted strings so a literal
    /// "%}" inside quotes does not end the tag. A quote with no partner is an ordinary character.
    /// </summary>
    private static int FindClosing(string source, int from, char first)
    {
        for (var i = from; i + 1 < source.Length; i++)
        {
            var c = source[i];
            if (c == first && source[i + 1] == '}')
            {
                return i;
            }

            if (c is '"' or '\'')
            {
                var quoteEnd = source.IndexOf(c, i + 1);
                if (quoteEnd > 0)
                {
                    i = quoteEnd;
                }
            }
        }

        return -1;
    }

    /// <summary>The first word of tag markup ("if", "endfor", "#"), or "" for an empty tag.</summary>
    internal static string TagName(string source, int start, int end)
    {
        var i = SkipWhitespace(source, start, end);
        if (i < end && source[i] == '#')
        {
            return "#";
        }

        var nameStart = i;
        while (i < end && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_'))
        {
            i++;
        }

        return source[nameStart..i];
    }

    private static void ApplyWhitespaceControl(string source, List<TemplateToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TemplateTokenKind.Text)
            {
                continue;
            }

            if (token.TrimBefore && i > 0 && tokens[i - 1] is { Kind: TemplateTokenKind.Text } before)
            {
                before.End = TrimWhitespaceEnd(source, before.Start, before.End);
            }

            if (token.TrimAfter && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TemplateTokenKind.Text } after)
            {
                after.Start = SkipWhitespace(source, after.Start, after.End);
            }
        }
    }

    // Liquid trims ASCII whitespace only (as Ruby's strip does); ideographic spaces in CJK text stay.
    private static bool IsTrimmable(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    internal static int SkipWhitespace(string source, int start, int end)
    {
        while (start < end && IsTrimmable(source[start]))
        {
            start++;
        }

        return start;
    }

    private static int TrimWhitespaceEnd(string source, int start, int end)
    {
        while (end > start && IsTrimmable(source[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>A tag's inner markup range, the offset just after its <c>%}</c>, and its trim flags.</summary>
    private readonly record struct TagSpan(int Start, int End, int Next, bool TrimBefore, bool TrimAfter);
}
