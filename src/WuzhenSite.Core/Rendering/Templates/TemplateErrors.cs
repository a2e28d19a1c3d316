using System.Globalization;
using System.Text.RegularExpressions;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Rendering.Templates;

/// <summary>
/// Turns Fluid's parse error text (<c>'{% endif %}' was expected at (3:18)</c>) into a diagnostic at the
/// place a person would fix: an unclosed block at its opening tag (Fluid points at the end of the
/// file), an unknown tag at its <c>{%</c>.
/// </summary>
internal static partial class TemplateErrors
{
    private static readonly string[] Blocks = ["if", "unless", "for", "case", "capture", "tablerow", "ifchanged"];

    public static Diagnostic FromParser(string error, string source, string file)
    {
        var match = ErrorPattern().Match(error);
        if (!match.Success)
        {
            return Diagnostic.Error(file, 1, 1, FirstLine(error), GenericFix, "layout");
        }

        var message = match.Groups["message"].Value;
        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture);

        if (ExpectedEndPattern().Match(message) is { Success: true } expected
            && UnclosedBlock(source, expected.Groups["name"].Value) is { } opening)
        {
            var (openLine, openColumn) = Position(source, opening);
            var name = expected.Groups["name"].Value;
            return Diagnostic.Error(file, openLine, openColumn, $"'{{% {name} %}}' is never closed.",
                $"Add {{% end{name} %}} where the block ends.", "layout");
        }

        if (UnknownTagPattern().Match(message) is { Success: true } unknown)
        {
            var at = TagStart(source, line, column);
            var (tagLine, tagColumn) = at >= 0 ? Position(source, at) : (line, column);
            var tag = unknown.Groups["name"].Value;
            var fix = tag.StartsWith("end", StringComparison.Ordinal)
                ? $"Remove it, or open the block with {{% {tag[3..]} %}} before it."
                : "Use a tag listed in the theme README (if, unless, case, for, assign, capture, include, render, comment, raw), or remove it.";
            return Diagnostic.Error(file, tagLine, tagColumn, $"Unknown tag '{tag}'.", fix, "layout");
        }

        return Diagnostic.Error(file, line, column, message + ".", GenericFix, "layout");
    }

    /// <summary>1-based line and column of a character index.</summary>
    public static (int Line, int Column) Position(string source, int index)
    {
        var before = source.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, index - lineStart + 1);
    }

    private const string GenericFix = "Check the tag or output at that position; tags are {% … %} and outputs {{ … }}.";

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>The index of the innermost block named <paramref name="name"/> that is still open at the end of the source.</summary>
    private static int? UnclosedBlock(string source, string name)
    {
        var open = new List<(string Name, int Index)>();
        var skipUntil = (string?)null;
        foreach (Match tag in TagPattern().Matches(source))
        {
            var tagName = tag.Groups["name"].Value;
            if (skipUntil is not null)
            {
                skipUntil = tagName == skipUntil ? null : skipUntil;
                continue;
            }

            if (tagName is "comment" or "raw")
            {
                skipUntil = "end" + tagName;
            }
            else if (Array.IndexOf(Blocks, tagName) >= 0)
            {
                open.Add((tagName, tag.Index));
            }
            else if (tagName.StartsWith("end", StringComparison.Ordinal) && open.FindLastIndex(b => b.Name == tagName[3..]) is var at and >= 0)
            {
                open.RemoveRange(at, open.Count - at);
            }
        }

        var innermost = open.FindLastIndex(b => b.Name == name);
        return innermost >= 0 ? open[innermost].Index : null;
    }

    /// <summary>The index of the <c>{%</c> that starts the tag at (line, column), or -1.</summary>
    private static int TagStart(string source, int line, int column)
    {
        var index = 0;
        for (var l = 1; l < line && index >= 0; l++)
        {
            index = source.IndexOf('\n', index) is var next and >= 0 ? next + 1 : -1;
        }

        if (index < 0)
        {
            return -1;
        }

        var at = Math.Min(source.Length, index + Math.Max(column - 1, 0));
        return at == 0 ? -1 : source.LastIndexOf("{%", Math.Max(at - 1, 0), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorPattern();

    [GeneratedRegex(@"^'\{% end(?<name>\w+) %\}' was expected", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedEndPattern();

    [GeneratedRegex(@"^Unknown tag '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownTagPattern();

    [GeneratedRegex(@"\{%-?\s*(?<name>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
