using System.Text.RegularExpressions;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// A photo's caption with its credit in brackets at the end: <c>Delegates arrive. [Photo by Li Na/Press Office]</c>,
/// <c>(Photo: Xinhua)</c>, <c>（图／新华社）</c>, <c>【李娜 摄】</c>.
/// </summary>
internal static partial class PhotoCaption
{
    /// <summary>True when the line ends with a photo credit; <paramref name="caption"/> is the text before it (may be empty).</summary>
    public static bool TryParse(string text, out string caption, out string credit)
    {
        var match = Credited().Match(text);
        if (match.Success)
        {
            caption = match.Groups["caption"].Value.Trim();
            credit = match.Groups["credit"].Value.Trim();
            return credit.Length > 0;
        }

        caption = credit = "";
        return false;
    }

    [GeneratedRegex(@"^(?<caption>.*?)\s*[\[(（【]\s*(?<credit>(?i:photos?|photograph|image|picture|pic)\s*(?:(?i:by)\s|[:：/／])\s*[^\])）】]+?|(?:图片|图|摄影)\s*[:：/／]\s*[^\])）】]+?|[^\])）】\[(（【]{1,30}?\s*摄)\s*[\])）】]$")]
    private static partial Regex Credited();
}
