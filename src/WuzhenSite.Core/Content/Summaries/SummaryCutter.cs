using System.Text;
using WuzhenSite.Localization;

namespace WuzhenSite.Content.Summaries;

/// <summary>
/// Shortens text for summaries and excerpts: at a word boundary for alphabetic text, at a character
/// (preferably after punctuation) for CJK text, with an ellipsis when something was cut.
/// </summary>
public static class SummaryCutter
{
    /// <summary>Longest summary of alphabetic text, in characters.</summary>
    public const int MaxLatinLength = 260;

    /// <summary>Longest summary of CJK text, in characters (a CJK character carries about a word).</summary>
    public const int MaxCjkLength = 120;

    /// <summary>The text, cut to fit.</summary>
    /// <remarks>
    /// Called for every search entry and transcript turn, often on texts of thousands of characters:
    /// only the first <c>limit + 1</c> characters are collapsed and copied, since nothing after them can
    /// appear in the result (whether the text is mostly CJK is still decided on all of it).
    /// </remarks>
    public static string Cut(string text, int? maxLength = null)
    {
        // Whitespace is neither a letter nor CJK, so the raw text gives the collapsed text's answer.
        var cjk = CjkText.IsMostlyCjk(text);
        var limit = maxLength ?? (cjk ? MaxCjkLength : MaxLatinLength);
        var head = CollapseWhitespace(text, limit + 1);
        if (head.Length <= limit)
        {
            return head;
        }

        var cut = cjk ? CjkCut(head, limit) : WordCut(head, limit);
        return cut.TrimEnd(' ', ',', ';', ':', '.', '，', '、', '；', '：', '。') + "…";
    }

    private static string WordCut(string text, int limit)
    {
        var space = text.LastIndexOf(' ', limit);
        return space > limit / 2 ? text[..space] : text[..limit];
    }

    private static string CjkCut(string text, int limit)
    {
        // Prefer ending after punctuation in the last fifth, so a clause is not broken mid-way.
        for (var i = limit - 1; i > limit * 4 / 5; i--)
        {
            if (CjkText.IsCjkPunctuation(text[i]))
            {
                return text[..(i + 1)];
            }
        }

        // Never split a surrogate pair.
        return char.IsHighSurrogate(text[limit - 1]) ? text[..(limit - 1)] : text[..limit];
    }

    /// <summary>The text trimmed, each run of whitespace made one space, up to <paramref name="maxChars"/> characters.</summary>
    private static string CollapseWhitespace(string text, int maxChars)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxChars));
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
            if (builder.Length >= maxChars)
            {
                break;
            }
        }

        return builder.Length > maxChars ? builder.ToString(0, maxChars) : builder.ToString();
    }
}
