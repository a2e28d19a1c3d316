namespace WuzhenSite.Output;

/// <summary>The output folder cannot be used or replaced; the message and fix are for the user, and the previous site is intact.</summary>
public sealed class OutputFolderException(string message, string fix) : Exception(message)
{
    /// <summary>How to fix it.</summary>
    public string Fix { get; } = fix;

    /// <summary>A short reason for a failed file operation: "permission denied", or the system's words.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { Message: var message } when message.Contains("denied", StringComparison.OrdinalIgnoreCase) => "permission denied",
        _ => exception.Message.TrimEnd('.'),
    };
}
