using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using WuzhenSite.Localization;

namespace WuzhenSite.Content.Transcripts;

/// <summary>
/// Finds speaker turns in a transcript's Markdown, as the content contract defines them: a line that
/// holds only a label and a colon (<c>Hu Kaihong:</c>, <c>胡凯红：</c>), or a paragraph that begins with
/// a bold label (<c>**Ren Xianliang:** …</c>). Everything until the next turn belongs to the turn.
/// Works on source lines, so every turn keeps its line number for warnings; code blocks are skipped.
/// </summary>
public static partial class TurnSplitter
{
    private const int MaxLabelLength = 60;

    /// <summary>Splits <paramref name="markdown"/>; <paramref name="firstLine"/> is the file line of its first line.</summary>
    /// <param name="markdown">The transcript body.</param>
    /// <param name="firstLine">1-based line of the body in its file.</param>
    /// <param name="isKnownName">True for a listed speaker's or a profile's name or alias: such a label line is a turn even where a plain sentence could be mistaken for one.</param>
    public static TranscriptSource Split(string markdown, int firstLine, Func<string, bool>? isKnownName = null)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var turns = ImmutableArray.CreateBuilder<TurnSource>();
        var introduction = new StringBuilder();
        var current = introduction;
        string? label = null;
        var labelLine = 0;
        var form = TurnForm.LabelLine;
        string? fence = null;

        void Finish()
        {
            if (label is not null)
            {
                turns.Add(new TurnSource(label, labelLine, current.ToString().Trim('\n'), form));
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var fenceMatch = Fence().Match(line);
            if (fenceMatch.Success)
            {
                var marker = fenceMatch.Groups[1].Value;
                fence = fence is null ? marker[..3] : (marker.StartsWith(fence, StringComparison.Ordinal) ? null : fence);
            }

            var startsBlock = i == 0 || lines[i - 1].Trim().Length == 0;
            if (fence is null && startsBlock)
            {
                if (BoldLabel().Match(line) is { Success: true } bold && IsLabel(bold.Groups["label"].Value, explicitForm: true, isKnownName))
                {
                    Finish();
                    label = bold.Groups["label"].Value.Trim();
                    labelLine = firstLine + i;
                    form = TurnForm.BoldLabel;
                    current = new StringBuilder();
                    current.Append(bold.Groups["rest"].Value).Append('\n');
                    continue;
                }

                if (LabelLine().Match(line) is { Success: true } plain && IsLabel(plain.Groups["label"].Value, explicitForm: false, isKnownName))
                {
                    Finish();
                    label = plain.Groups["label"].Value.Trim();
                    labelLine = firstLine + i;
                    form = TurnForm.LabelLine;
                    current = new StringBuilder();
                    continue;
                }
            }

            current.Append(line).Append('\n');
        }

        Finish();
        return new TranscriptSource(introduction.ToString().Trim('\n'), turns.ToImmutable());
    }

    /// <summary>
    /// Whether a label is a plausible speaker label. The bold form is explicit, so any short label
    /// counts. A plain line must also look like a name, so that a sentence ending in a colon
    /// ("The plan has three parts:") stays text.
    /// </summary>
    private static bool IsLabel(string label, bool explicitForm, Func<string, bool>? isKnownName)
    {
        label = label.Trim();
        if (label.Length == 0 || label.Length > MaxLabelLength || label.Contains('`'))
        {
            return false;
        }

        if (explicitForm || isKnownName?.Invoke(label) == true)
        {
            return true;
        }

        return LooksLikeName(label);
    }

    /// <summary>
    /// Latin labels: up to six words, each capitalised or a joining word, brackets allowed
    /// ("Reporter (China Daily)", "Mr. Ren"). CJK labels: up to twelve characters without sentence
    /// punctuation ("胡凯红", "中国日报记者").
    /// </summary>
    private static bool LooksLikeName(string label)
    {
        if (label.EnumerateRunes().Any(r => CjkText.IsCjk(r.Value)))
        {
            return label.Length <= 12 && !label.Any(c => CjkText.IsCjkPunctuation(c) || c is '。' or '？' or '！' or ',' or '.');
        }

        var words = label.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || label.IndexOfAny(['!', '?', ';', ',']) >= 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!(char.IsUpper(word[0]) || char.IsDigit(word[0]) || word is "of" or "the" or "and" or "for" or "de" or "van" or "von" or "al" or "bin"))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^ {0,3}(?<label>[^\s:：*#>|`\-+][^:：]*?)\s*[:：]\s*$")]
    private static partial Regex LabelLine();

    // **Label:** text, **Label：** text, **Label**: text
    [GeneratedRegex(@"^ {0,3}\*\*(?<label>[^*\n]+?)(?:\s*[:：]\s*\*\*|\*\*\s*[:：])[ \t]*(?<rest>.*)$")]
    private static partial Regex BoldLabel();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();
}
