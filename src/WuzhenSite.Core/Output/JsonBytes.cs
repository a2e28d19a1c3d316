using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using WuzhenSite.Search;

namespace WuzhenSite.Output;

/// <summary>
/// JSON the site writes for browsers (search data, JSON-LD): Chinese stays readable instead of
/// <c>\uXXXX</c>, while &lt;, &gt;, &amp; and quotes are still escaped, so the text is safe even
/// inside a script element.
/// </summary>
public static class JsonBytes
{
    /// <summary>The writer options: <see cref="JavaScriptEncoder"/> over all of Unicode.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The UTF-8 bytes <paramref name="write"/> produces.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write) => JsonBuffer.Write(Options, write);
}
