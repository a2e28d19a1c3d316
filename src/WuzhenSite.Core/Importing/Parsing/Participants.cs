using System.Collections.Frozen;
using System.Text.RegularExpressions;
using WuzhenSite.Localization;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// A line of a participants block: a name (with or without a courtesy title), a comma, and the role
/// (<c>Mr. Ren Xianliang, vice minister of the Cyberspace Administration of China</c>;
/// <c>任贤良，国家互联网信息办公室副主任</c>).
/// </summary>
internal static partial class Participants
{
    private const int MaxRoleLength = 300;

    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "今天", "目前", "首先", "其次", "再次", "最后", "同时", "此外", "另外", "因此", "但是", "然而", "我们", "现在", "近日", "日前", "据悉", "当前", "总之",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the line names a participant and their role.</summary>
    public static bool TryParse(string text, out string name, out string? honorific, out string role)
    {
        name = "";
        honorific = null;
        role = "";
        if (text.EndsWith(':') || text.EndsWith('：'))
        {
            return false;
        }

        var match = Latin().Match(text);
        if (match.Success)
        {
            var full = match.Groups["name"].Value;
            name = Honorifics.Strip(full, out honorific);
            role = match.Groups["role"].Value.Trim();
            // Two words or a courtesy title: "Beijing, Nov. 16" is a dateline, not a person. A line that
            // ends like a sentence ("Zhang Wei, a reporter, asked about it.") is one, unless a courtesy
            // title says it is a list.
            var isName = (honorific is not null || name.Contains(' ')) && name.Split(' ').Length <= 4;
            return isName && IsRole(role) && (honorific is not null || !text.EndsWith('.'));
        }

        match = Chinese().Match(text);
        if (match.Success)
        {
            name = match.Groups["name"].Value;
            role = match.Groups["role"].Value.Trim();
            // A role is one phrase: no further commas or full stops, and a sentence's opening word ("今天，…") is no name.
            return name.Length <= 4 && name.All(c => CjkText.IsCjk(c) || c == '·') && !SentenceOpeners.Contains(name)
                && IsRole(role) && role.IndexOfAny(['，', '。', '；', '！', '？']) < 0;
        }

        return false;
    }

    // A role is a phrase: not a date (a dateline), not two sentences, not a paragraph.
    private static bool IsRole(string role) =>
        role.Length is > 0 and <= MaxRoleLength
        && !PressDate.TryFind(role[..Math.Min(role.Length, 24)], out _, out _)
        && !char.IsDigit(role[0])
        && !SentenceBreak().IsMatch(role);

    [GeneratedRegex(@"^(?<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Madam|Mme|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})\s*[,，]\s*(?<role>.+?)[.;；]?$")]
    private static partial Regex Latin();

    [GeneratedRegex(@"^(?<name>[^\s,，、:：]{2,6})\s*[,，]\s*(?<role>.+)$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}\p{Ll}|[。！？].")]
    private static partial Regex SentenceBreak();
}
