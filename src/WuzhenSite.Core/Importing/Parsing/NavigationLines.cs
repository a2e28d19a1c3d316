using System.Text.RegularExpressions;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// The parts of a web page that are the site's, not the text's: navigation crumbs
/// (<c>Home &gt; Press Room &gt;</c>, <c>Home» News» Focus»</c>), page numbers (<c>1  2  &gt;</c>,
/// <c>Next</c>), and the page's "Updated:" stamp, which may be glued to the site's name
/// (<c>China.org.cnUpdated: November 17, 2017</c>).
/// </summary>
internal static partial class NavigationLines
{
    /// <summary>True for a line of navigation crumbs: short segments joined by <c>&gt;</c>, <c>»</c> or <c>›</c>, the first usually "Home".</summary>
    public static bool IsCrumbs(string text)
    {
        if (text.Length > 200 || !CrumbSeparator().IsMatch(text))
        {
            return false;
        }

        var segments = CrumbSeparator().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0 || segments.Any(s => s.Split(' ').Length > 6 || s.EndsWith('.')))
        {
            return false;
        }

        // "Home > …" alone is enough; otherwise two separators, so "A > B" in a sentence stays text.
        return segments[0] is "Home" or "HOME" or "home" or "首页" or "主页" || CrumbSeparator().Matches(text).Count >= 2;
    }

    /// <summary>True for a line of page numbers and page links: <c>1  2  &gt;</c>, <c>&lt; Previous 1 2 3 Next &gt;</c>, <c>Page 1 of 2</c>, <c>上一页 1 2 下一页</c>.</summary>
    public static bool IsPageNumbers(string text) => text.Any(char.IsDigit) || PageWord().IsMatch(text)
        ? PageNumbers().IsMatch(text)
        : false;

    /// <summary>
    /// True for the page's "Updated:" stamp; <paramref name="before"/> is what was glued before it
    /// (the site's name, when the copy ran them together), or empty.
    /// </summary>
    public static bool IsUpdatedStamp(string text, out string before)
    {
        var match = Updated().Match(text);
        if (match.Success && PressDate.TryFind(match.Groups["stamp"].Value, out _, out _))
        {
            before = match.Groups["before"].Value.Trim().TrimEnd('|', '-', '–', '·').Trim();
            return true;
        }

        before = "";
        return false;
    }

    [GeneratedRegex(@"\s*(?:>|»|›|＞|&gt;)\s*")]
    private static partial Regex CrumbSeparator();

    [GeneratedRegex(@"^(?:(?:\d{1,3}(?!\d)|[<>«»‹›|…·]|\.\.\.|(?i:next|previous|prev|first|last|page|of|more)|上一页|下一页|首页|尾页|第|页|共)\s*)+$")]
    private static partial Regex PageNumbers();

    [GeneratedRegex(@"^(?:(?i:next|previous|prev)|上一页|下一页)")]
    private static partial Regex PageWord();

    [GeneratedRegex(@"^(?<before>.{0,60}?)(?:(?i:(?:last\s+)?updated(?:\s+on)?|update\s+time)|更新时间|更新于)\s*[:：]?\s*(?<stamp>.+)$")]
    private static partial Regex Updated();
}
