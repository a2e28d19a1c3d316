namespace WuzhenSite.Importing;

/// <summary>One line of the import report: what a line of the file became, or why it was left out.</summary>
/// <param name="Line">The line (or, for Word, the paragraph) of the file.</param>
/// <param name="Action">Mapped, dropped, or a warning to check by hand.</param>
/// <param name="Message">What happened, in words (<c>date 2017-11-16 from "Nov. 16, 2017"</c>).</param>
public sealed record ImportNote(int Line, ImportAction Action, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}: {Action.ToString().ToLowerInvariant()}: {Message}";
}
