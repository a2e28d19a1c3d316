namespace WuzhenSite.Content.Transcripts;

/// <summary>
/// The citation line a journalist copies from a turn: who (and in what role), in which transcript,
/// at which event, when, and the URL of the exact turn.
/// </summary>
public static class Citation
{
    /// <summary>The citation, leaving out what is not known.</summary>
    public static string For(string language, string speaker, string? role, string title, string? eventName, string? date, string turnUrl)
    {
        var cjk = language.StartsWith("zh", StringComparison.Ordinal) || language.StartsWith("ja", StringComparison.Ordinal);
        var quotedTitle = cjk ? $"《{title}》" : $"“{title}”";
        var parts = new[] { speaker, role, quotedTitle, eventName, date }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(cjk ? "，" : ", ", parts) + (cjk ? "。" : ". ") + turnUrl;
    }
}
