using System.Text.RegularExpressions;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Text;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// Which lines of plain text start a speaker turn: a line holding only a label and a colon that a
/// build, too, takes for a turn (a listed speaker, or a label that looks like a name), and
/// <c>Name: text</c> on one line when Name is a listed speaker. Bold labels come from the readers.
/// </summary>
internal static partial class TurnLabels
{
    /// <summary>True for <c>Hu Kaihong:</c> or <c>胡凯红：</c> alone on its line; <paramref name="label"/> is the label as written.</summary>
    public static bool IsLabelLine(string text, IReadOnlyList<string> speakers, out string label)
    {
        var match = LabelLine().Match(text);
        label = match.Success ? match.Groups["label"].Value.Trim() : "";
        if (!match.Success)
        {
            return false;
        }

        var bare = Honorifics.Strip(label, out _);
        return speakers.Any(s => SameName(s, bare)) || TurnSplitter.LooksLikeName(label);
    }

    /// <summary>True for <c>Ren Xianliang: Thank you.</c> when the label (its honorific aside) is a listed speaker.</summary>
    public static bool IsInlineTurn(string text, IReadOnlyList<string> speakers, out string label, out string rest)
    {
        var match = InlineLabel().Match(text);
        label = match.Success ? match.Groups["label"].Value.Trim() : "";
        rest = match.Success ? match.Groups["rest"].Value : "";
        var bare = Honorifics.Strip(label, out _);
        return match.Success && speakers.Any(s => SameName(s, bare));
    }

    /// <summary>True when two spellings are one name, as the site's terms compare them (case, spacing and punctuation aside).</summary>
    public static bool SameName(string a, string b) => Slug.From(a) is { Length: > 0 } key && key == Slug.From(b);

    [GeneratedRegex(@"^(?<label>[^:：]{1,60}?)\s*[:：]$")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^(?<label>[^:：]{1,60}?)\s*[:：]\s*(?<rest>\S.*)$")]
    private static partial Regex InlineLabel();
}
