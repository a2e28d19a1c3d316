using System.Text.Json;

namespace WuzhenSite.Json;

/// <summary>
/// What System.Text.Json says went wrong, without the position it appends ("LineNumber: 0 |
/// BytePositionInLine: 85."): a diagnostic gives the position as file:line:col already. Its
/// readers stop at 64 levels of nesting, so 100,000 nested brackets end as one of these messages.
/// </summary>
internal static class JsonErrorText
{
    /// <summary>The first sentence of the exception's message.</summary>
    public static string FirstSentence(JsonException exception)
    {
        var message = exception.Message;
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>The 1-based line and column the exception points at, or line 1, column 1 when it names none.</summary>
    public static (int Line, int Column) Position(JsonException exception) =>
        ((int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1);
}
