using System.Text;

namespace WuzhenSite.Importing.Writing;

/// <summary>
/// Plain text as Markdown that shows it as written: characters Markdown would read as emphasis,
/// links, HTML or code are escaped, and so is a start that would make a heading, a quote, a list,
/// a rule or a gallery. Pasted text is text, never markup.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The text, escaped to be one paragraph that renders as itself.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '~' => true,
                '_' => i == 0 || i == text.Length - 1 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1]),
                '&' => i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '#'),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        EscapeBlockStart(builder);
        return builder.ToString();
    }

    // "# ", "> ", "- ", "+ ", "1. ", "1) ", "===", ":::" at the start of a paragraph would make it another block.
    private static void EscapeBlockStart(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var first = text[0];
        if (first is '#' or '>' or '-' or '+' or '=' or ':' or '|')
        {
            text.Insert(0, '\\');
            return;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')')
        {
            text.Insert(digits, '\\');
        }
    }
}
