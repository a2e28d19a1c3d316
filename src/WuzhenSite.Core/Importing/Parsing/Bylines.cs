using System.Text.RegularExpressions;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// Byline lines: <c>Written by: …</c>, <c>By …</c>, <c>Author: …</c> (author), <c>Edited by: …</c>,
/// <c>Editor: …</c> (editor), <c>Source: …</c> (source), and their Chinese forms (作者、记者; 编辑、
/// 责任编辑; 来源). A byline is never a speaker's turn, even though it ends in a colon.
/// </summary>
internal static partial class Bylines
{
    /// <summary>Which front matter key a byline fills.</summary>
    public enum Field
    {
        /// <summary><c>author</c>.</summary>
        Author,

        /// <summary><c>editor</c>.</summary>
        Editor,

        /// <summary><c>source</c>.</summary>
        Source,
    }

    /// <summary>True when the line (or its bold <paramref name="label"/>) is a byline; <paramref name="value"/> may be empty when the name is on the next line.</summary>
    public static bool TryParse(string text, string? label, out Field field, out string value)
    {
        if (label is not null)
        {
            value = text.Trim();
            return TryField(label, out field);
        }

        var match = Keyed().Match(text);
        if (match.Success && TryField(match.Groups["key"].Value, out field))
        {
            value = Clean(match.Groups["value"].Value);
            return true;
        }

        // "By Li Na" and "Written by Li Na" without a colon: only when a name follows.
        match = ByName().Match(text);
        if (match.Success && Content.Transcripts.TurnSplitter.LooksLikeName(match.Groups["value"].Value))
        {
            field = Field.Author;
            value = Clean(match.Groups["value"].Value);
            return true;
        }

        field = default;
        value = "";
        return false;
    }

    private static bool TryField(string key, out Field field)
    {
        var normal = Regex.Replace(key.Trim().ToLowerInvariant(), @"\s+", " ");
        Field? found = normal switch
        {
            "written by" or "by" or "author" or "authors" or "reported by" or "text by" or "作者" or "记者" or "文" => Field.Author,
            "edited by" or "editor" or "editors" or "编辑" or "责任编辑" or "责编" => Field.Editor,
            "source" or "sources" or "来源" or "稿源" or "出处" => Field.Source,
            _ => null,
        };
        field = found ?? default;
        return found is not null;
    }

    private static string Clean(string value) => value.Trim().TrimEnd(';', '；', ',', '，', '|').Trim();

    [GeneratedRegex(@"^(?<key>(?i:written\s+by|edited\s+by|reported\s+by|text\s+by|by|authors?|editors?|sources?)|作者|记者|责任编辑|责编|编辑|来源|稿源|出处)\s*[:：]\s*(?<value>.{0,120})$")]
    private static partial Regex Keyed();

    [GeneratedRegex(@"^(?i:(?:written\s+|reported\s+)?by)\s+(?<value>[^:：]{2,60})$")]
    private static partial Regex ByName();
}
