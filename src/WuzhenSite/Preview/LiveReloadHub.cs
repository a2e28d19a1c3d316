using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// The open browser tabs of a preview, each listening on a server-sent-events stream; a build
/// result is broadcast to all of them (reload, or the errors to show in the overlay).
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    /// <summary>The last message sent, replayed to tabs that connect later (an error overlay must show on a fresh load too).</summary>
    public string? Current { get; private set; }

    /// <summary>Whether the tabs are showing the errors of the last build.</summary>
    public bool ShowsErrors => Current is not null;

    /// <summary>Number of tabs listening.</summary>
    public int ClientCount => _clients.Count;

    /// <summary>Registers a tab; dispose the result when it disconnects.</summary>
    public (ChannelReader<string> Messages, IDisposable Registration) Connect()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = channel;
        return (channel.Reader, new Registration(() =>
        {
            if (_clients.TryRemove(id, out var removed))
            {
                removed.Writer.TryComplete();
            }
        }));
    }

    /// <summary>Tells every tab to reload.</summary>
    public void Reload() => Broadcast(Event("reload", "{}"), current: null);

    /// <summary>
    /// Tells the tabs showing one of <paramref name="pages"/> (served paths such as <c>/en/news/x/</c>)
    /// to reload; the others keep their place (a tab showing errors reloads whatever the list).
    /// </summary>
    public void Reload(IEnumerable<string> pages)
    {
        var json = new StringBuilder("{\"pages\":[");
        var first = true;
        foreach (var page in pages)
        {
            json.Append(first ? "\"" : ",\"").Append(JsonEncodedText.Encode(page, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).Append('"');
            first = false;
        }

        Broadcast(Event("reload", json.Append("]}").ToString()), current: null);
    }

    /// <summary>Shows the errors of a failed build in every tab.</summary>
    public void ShowErrors(string errorsJson) => Broadcast(Event("errors", errorsJson), current: Event("errors", errorsJson));

    private void Broadcast(string message, string? current)
    {
        Current = current;
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(message);
        }
    }

    // One server-sent event; data is a single line of JSON.
    private static string Event(string name, string json) => new StringBuilder().Append("event: ").Append(name).Append('\n')
        .Append("data: ").Append(json.Replace("\n", " ", StringComparison.Ordinal)).Append("\n\n").ToString();

    private sealed class Registration(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
