using System.Text;
using WuzhenSite.Content;

namespace WuzhenSite.Content.Transcripts;

/// <summary>
/// A transcript as plain text for download (<c>…/transcript.txt</c>): a heading with title, event,
/// date and URL, the introduction, then each turn under its speaker label as written (with the role
/// where the page shows it), so quotes can be checked and pasted without markup.
/// </summary>
public static class TranscriptTextWriter
{
    /// <summary>The file name beside the transcript's page.</summary>
    public const string FileName = "transcript.txt";

    /// <summary>The text of <paramref name="page"/>, which must be a rendered transcript.</summary>
    public static string Write(ContentPage page, string? eventName, string? date, string permalink)
    {
        var body = page.Transcript ?? throw new ArgumentException("The page is not a rendered transcript.", nameof(page));
        // Sized up front and trimmed in place: transcripts are long, and each copy of one is garbage.
        var text = new StringBuilder(page.Title.Length + permalink.Length + body.IntroductionText.Length + 64
            + body.Turns.Sum(t => t.Label.Length + (t.Role?.Length ?? 0) + t.Text.Length + 8));
        text.Append(page.Title).Append('\n');
        var line = string.Join(" · ", new[] { eventName, date }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (line.Length > 0)
        {
            text.Append(line).Append('\n');
        }

        text.Append(permalink).Append("\n\n");
        if (body.IntroductionText.Trim() is { Length: > 0 } intro)
        {
            text.Append(intro).Append("\n\n");
        }

        foreach (var turn in body.Turns)
        {
            text.Append(turn.Label);
            if (turn.FirstAppearance && !string.IsNullOrWhiteSpace(turn.Role))
            {
                text.Append(" (").Append(turn.Role).Append(')');
            }

            text.Append(":\n").Append(turn.Text.Trim()).Append("\n\n");
        }

        while (text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }

        return text.Append('\n').ToString();
    }
}
