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
    public static string Cut(string text, int? maxLength = null)
    {
        text = CollapseWhitespace(text);
        var cjk = CjkText.IsMostlyCjk(text);
        var limit = maxLength ?? (cjk ? MaxCjkLength : MaxLatinLength);
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = cjk ? CjkCut(text, limit) : WordCut(text, limit);
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

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
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
        }

        return builder.ToString();
    }
}
