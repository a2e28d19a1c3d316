namespace WuzhenSite.Content.Transcripts;

/// <summary>One speaker turn as written: its label, the line it starts on, and its Markdown (without the label).</summary>
/// <param name="Label">The label as written.</param>
/// <param name="Line">The 1-based file line of the label.</param>
/// <param name="Markdown">The turn's Markdown, without the label.</param>
/// <param name="Form">Which form started the turn.</param>
/// <param name="MarkdownLine">The 1-based file line of the Markdown's first line (for warnings inside the turn).</param>
public sealed record TurnSource(string Label, int Line, string Markdown, TurnForm Form, int MarkdownLine = 0);

/// <summary>Which of the contract's two forms started a turn.</summary>
public enum TurnForm
{
    /// <summary>A line holding only <c>Label:</c> or <c>Label：</c>.</summary>
    LabelLine,

    /// <summary>A paragraph that begins with <c>**Label:**</c>.</summary>
    BoldLabel,
}
