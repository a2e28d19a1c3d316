using System.Collections.Immutable;
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
        // A turn's text is a run of whole lines of the body, so it is cut out of the body once, when the
        // next turn starts, instead of being copied line by line (transcripts are the site's longest texts).
        var text = markdown.Contains('\r', StringComparison.Ordinal) ? markdown.Replace("\r\n", "\n", StringComparison.Ordinal) : markdown;
        var turns = ImmutableArray.CreateBuilder<TurnSource>();
        string? introduction = null;
        string? label = null;
        var labelLine = 0;
        var form = TurnForm.LabelLine;
        string? prefix = null;       // the bold form's text after its label, which starts the turn
        var contentStart = 0;        // where the current turn's (or the introduction's) lines start
        string? fence = null;
        var previousBlank = true;

        var contentLine = firstLine; // the file line contentStart is on
        var introductionLine = firstLine;

        void Finish(int contentEnd)
        {
            var lines = text.AsSpan(contentStart, Math.Max(0, contentEnd - contentStart));
            var content = prefix is null ? lines.Trim('\n').ToString() : string.Concat(prefix, "\n", lines).Trim('\n');
            // The text after a bold label starts on the label's line; otherwise the blank lines trimmed off come first.
            var startLine = prefix is { Length: > 0 } ? labelLine : contentLine + (lines.Length - lines.TrimStart('\n').Length);
            if (label is null)
            {
                introduction = content;
                introductionLine = startLine;
            }
            else
            {
                turns.Add(new TurnSource(label, labelLine, content, form, startLine));
            }
        }

        var lineStart = 0;
        for (var i = 0; lineStart <= text.Length; i++)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var next = lineEnd + 1;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (Fence().IsMatch(line))
            {
                var marker = Fence().Match(line.ToString()).Groups[1].Value;
                fence = fence is null ? marker[..3] : (marker.StartsWith(fence, StringComparison.Ordinal) ? null : fence);
            }

            var startsBlock = previousBlank;
            previousBlank = line.Trim().Length == 0;
            if (fence is null && startsBlock && (BoldLabel().IsMatch(line) || LabelLine().IsMatch(line)))
            {
                var lineText = line.ToString();
                if (BoldLabel().Match(lineText) is { Success: true } bold && IsLabel(bold.Groups["label"].Value, explicitForm: true, isKnownName))
                {
                    Finish(lineStart);
                    label = bold.Groups["label"].Value.Trim();
                    labelLine = firstLine + i;
                    form = TurnForm.BoldLabel;
                    prefix = bold.Groups["rest"].Value;
                    contentStart = Math.Min(next, text.Length);
                    contentLine = labelLine + 1;
                }
                else if (LabelLine().Match(lineText) is { Success: true } plain && IsLabel(plain.Groups["label"].Value, explicitForm: false, isKnownName))
                {
                    Finish(lineStart);
                    label = plain.Groups["label"].Value.Trim();
                    labelLine = firstLine + i;
                    form = TurnForm.LabelLine;
                    prefix = null;
                    contentStart = Math.Min(next, text.Length);
                    contentLine = labelLine + 1;
                }
            }

            lineStart = next;
        }

        Finish(text.Length);
        return new TranscriptSource(introduction ?? "", turns.ToImmutable(), introductionLine);
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
    /// punctuation ("胡凯红", "中国日报记者"). The importer asks it too, so that what it takes for a
    /// label line is what a build takes for one.
    /// </summary>
    internal static bool LooksLikeName(string label)
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
