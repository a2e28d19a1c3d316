using System.Buffers;
using System.Text.Json;

namespace WuzhenSite.Search;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the JSON <c>JSON.stringify(idx)</c> produces for the same
/// index in lunr.js 2.3.9 (same key order, number formatting and string escaping), which
/// <c>lunr.Index.load</c> reads. Uses <see cref="Utf8JsonWriter"/>; no reflection.
/// </summary>
public static class LunrIndexJsonWriter
{
    private const int FlushThreshold = 1 << 16;

    /// <summary>JSON.stringify's escaping (lone surrogates as \uXXXX, everything else as is); shared with the sharded writer.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JsonStringifyEncoder.Instance,
        Indented = false,
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="index"/> to <paramref name="stream"/> as UTF-8 JSON (no BOM).</summary>
    public static void Write(LunrIndex index, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(index, writer);
        writer.Flush();
    }

    /// <summary>Writes <paramref name="index"/> into <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(LunrIndex index, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(index, writer);
        writer.Flush();
    }

    /// <summary>Returns the UTF-8 JSON of <paramref name="index"/>.</summary>
    public static byte[] ToUtf8Bytes(LunrIndex index)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        Write(index, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Returns the JSON of <paramref name="index"/> as a string.</summary>
    public static string ToJson(LunrIndex index) => System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(index));

    private static void Write(LunrIndex index, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("version"u8, index.Version);

        writer.WritePropertyName("fields"u8);
        writer.WriteStartArray();
        foreach (string field in index.Fields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();

        writer.WritePropertyName("fieldVectors"u8);
        WriteFieldVectors(index, writer);

        writer.WritePropertyName("invertedIndex"u8);
        WriteInvertedIndex(index, writer);

        writer.WritePropertyName("pipeline"u8);
        writer.WriteStartArray();
        foreach (string label in index.Pipeline)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFieldVectors(LunrIndex index, Utf8JsonWriter writer)
    {
        Span<byte> number = stackalloc byte[JsNumberFormatter.MaxLength];
        char[] keyBuffer = ArrayPool<char>.Shared.Rent(256);
        try
        {
            writer.WriteStartArray();
            foreach (var vector in index.FieldVectors)
            {
                writer.WriteStartArray();

                // The key is "field/ref"; build it in a pooled buffer instead of allocating a string.
                string field = vector.Ref.FieldName;
                string reference = vector.Ref.DocumentRef;
                int keyLength = field.Length + 1 + reference.Length;
                if (keyBuffer.Length < keyLength)
                {
                    ArrayPool<char>.Shared.Return(keyBuffer);
                    keyBuffer = ArrayPool<char>.Shared.Rent(keyLength);
                }

                field.CopyTo(keyBuffer);
                keyBuffer[field.Length] = FieldRef.Joiner;
                reference.CopyTo(0, keyBuffer, field.Length + 1, reference.Length);
                writer.WriteStringValue(keyBuffer.AsSpan(0, keyLength));

                writer.WriteStartArray();
                var termIndexes = vector.TermIndexes;
                for (int i = 0; i < termIndexes.Length; i++)
                {
                    writer.WriteNumberValue(termIndexes[i]);
                    WriteJsNumber(writer, vector.ScoreAt(i), number);
                }

                writer.WriteEndArray();
                writer.WriteEndArray();
                FlushIfFull(writer);
            }

            writer.WriteEndArray();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(keyBuffer);
        }
    }

    private static void WriteInvertedIndex(LunrIndex index, Utf8JsonWriter writer)
    {
        var fields = index.Fields;
        var refs = index.DocumentRefs;
        int fieldsBeforeIndexKey = index.FieldsBeforeIndexKey;
        var invertedIndex = index.InvertedIndex;

        writer.WriteStartArray();
        for (int position = 0; position < invertedIndex.Count; position++)
        {
            var entry = invertedIndex[position];
            writer.WriteStartArray();
            writer.WriteStringValue(entry.Term);
            writer.WriteStartObject();

            // A posting is {"_index": n, field: {ref: {}}}; array-index field names enumerate before "_index".
            for (int f = 0; f < fieldsBeforeIndexKey; f++)
            {
                WriteFieldPosting(writer, fields[f], entry.GetDocuments(f), refs);
            }

            writer.WriteNumber("_index"u8, entry.TermIndex);
            for (int f = fieldsBeforeIndexKey; f < fields.Count; f++)
            {
                WriteFieldPosting(writer, fields[f], entry.GetDocuments(f), refs);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteFieldPosting(Utf8JsonWriter writer, string field, ReadOnlySpan<int> documents, IReadOnlyList<string> refs)
    {
        writer.WritePropertyName(field);
        writer.WriteStartObject();
        foreach (int document in documents)
        {
            // Each document maps to its (empty) whitelisted metadata.
            writer.WritePropertyName(refs[document]);
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a number as JSON.stringify would (NaN and infinities as null).</summary>
    internal static void WriteJsNumber(Utf8JsonWriter writer, double value, Span<byte> buffer)
    {
        if (!double.IsFinite(value))
        {
            // JSON.stringify writes NaN and ±Infinity as null.
            writer.WriteNullValue();
            return;
        }

        int length = JsNumberFormatter.Format(value, buffer);
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
    }

    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }
}
