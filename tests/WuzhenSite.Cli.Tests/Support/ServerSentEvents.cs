namespace WuzhenSite.Cli.Tests.Support;

/// <summary>Reads the preview's live-reload event stream.</summary>
internal static class ServerSentEvents
{
    /// <summary>The data of the next event called <paramref name="name"/>; other events are skipped.</summary>
    public static async Task<string> NextAsync(StreamReader events, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        string? current = null;
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name)
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException($"The event stream ended before a '{name}' event.");
    }
}
