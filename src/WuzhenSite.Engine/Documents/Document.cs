using System.Collections.Immutable;

namespace WuzhenSite.Engine.Documents;

/// <summary>
/// An immutable unit of work flowing through pipelines: where it came from, where it goes,
/// what is known about it (metadata) and what it holds (content). Every change makes a new document.
/// </summary>
public sealed class Document
{
    private static readonly ImmutableDictionary<string, object?> NoMetadata =
        ImmutableDictionary.Create<string, object?>(StringComparer.Ordinal);

    private Document(string? source, string? destination, ImmutableDictionary<string, object?> metadata, DocumentContent content)
    {
        Source = source;
        Destination = destination;
        Metadata = metadata;
        Content = content;
    }

    /// <summary>Path relative to the input root, with forward slashes; null for generated documents.</summary>
    public string? Source { get; }

    /// <summary>Path relative to the output root, with forward slashes; null until a module assigns one.</summary>
    public string? Destination { get; }

    /// <summary>What modules learnt about the document, by key.</summary>
    public ImmutableDictionary<string, object?> Metadata { get; }

    /// <summary>The document's body: text, bytes, or a file to copy.</summary>
    public DocumentContent Content { get; }

    /// <summary>Makes a new document.</summary>
    public static Document Create(string? source = null, string? destination = null, DocumentContent? content = null) =>
        new(source, destination, NoMetadata, content ?? DocumentContent.Empty);

    /// <summary>The same document at another destination.</summary>
    public Document WithDestination(string? destination) => new(Source, destination, Metadata, Content);

    /// <summary>The same document with other content.</summary>
    public Document WithContent(DocumentContent content) => new(Source, Destination, Metadata, content);

    /// <summary>The same document with text content.</summary>
    public Document WithText(string text) => WithContent(DocumentContent.FromText(text));

    /// <summary>The same document with one metadata value set.</summary>
    public Document With(string key, object? value) => new(Source, Destination, Metadata.SetItem(key, value), Content);

    /// <summary>The same document with several metadata values set.</summary>
    public Document With(IEnumerable<KeyValuePair<string, object?>> values) =>
        new(Source, Destination, Metadata.SetItems(values), Content);

    /// <summary>A metadata value of the given type, or default when absent or of another type.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>A metadata value that modules before this one promised to set.</summary>
    public T GetRequired<T>(string key) =>
        Metadata.TryGetValue(key, out var value) && value is T typed
            ? typed
            : throw new InvalidOperationException($"Document '{Source ?? Destination}' has no metadata '{key}' of type {typeof(T).Name}.");

    /// <summary>True when a metadata key is set.</summary>
    public bool Has(string key) => Metadata.ContainsKey(key);

    /// <inheritdoc />
    public override string ToString() => Source ?? Destination ?? "(generated document)";
}
