namespace WuzhenSite.Content.Transcripts;

/// <summary>One speaker turn as written: its label, the line it starts on, and its Markdown (without the label).</summary>
public sealed record TurnSource(string Label, int Line, string Markdown, TurnForm Form);

/// <summary>Which of the contract's two forms started a turn.</summary>
public enum TurnForm
{
    /// <summary>A line holding only <c>Label:</c> or <c>Label：</c>.</summary>
    LabelLine,

    /// <summary>A paragraph that begins with <c>**Label:**</c>.</summary>
    BoldLabel,
}
