using System.Collections.Immutable;
using System.Text;

namespace WuzhenSite.Content.Transcripts;

/// <summary>A rendered transcript: its introduction (HTML and plain text) and its turns.</summary>
public sealed record TranscriptBody(string IntroductionHtml, ImmutableArray<Turn> Turns, string IntroductionText = "")
{
    /// <summary>The whole body as HTML: the introduction, then each turn. Joined on each read.</summary>
    public string Html => string.Concat([IntroductionHtml, .. Turns.Select(t => t.Html)]); // an array: one exact-size copy

    /// <summary>The whole body as plain text: the introduction and each turn, a line each. Joined on each read.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(IntroductionText.Length + 1 + Turns.Sum(t => t.Text.Length + 1));
            text.Append(IntroductionText).Append('\n');
            foreach (var turn in Turns)
            {
                text.Append(turn.Text).Append('\n');
            }

            return text.ToString();
        }
    }
}
