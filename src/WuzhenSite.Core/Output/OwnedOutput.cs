using System.Text.Json;

namespace WuzhenSite.Output;

/// <summary>
/// What a build wrote into the output folder, kept there as <c>.wuzhen-manifest</c> (JSON): the
/// files (relative paths with '/') and the folders it created. The next build replaces and deletes
/// only these; everything else in the folder belongs to someone else and is left alone. Version 2
/// adds to each file its <see cref="FileStamp"/> (hash, length, modification time), so the next full
/// build can leave unchanged files where they are, and to a file made from inputs it can name its
/// origin (<see cref="FileOrigin"/>), so the next build need not make it again to know it is
/// unchanged; version 1 (no stamps) is still read, and then every file is written again.
/// </summary>
public sealed record OwnedOutput(IReadOnlySet<string> Files, IReadOnlySet<string> Folders)
{
    /// <summary>The manifest's name in the output folder.</summary>
    public const string FileName = ".wuzhen-manifest";

    private const int Version = 2;

    private const int FirstVersion = 1;

    private static readonly IReadOnlyDictionary<string, FileStamp> NoStamps = System.Collections.Frozen.FrozenDictionary<string, FileStamp>.Empty;

    /// <summary>Nothing owned: a new or adopted folder.</summary>
    public static OwnedOutput None { get; } = new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The stamps of the files written with one (a file without a stamp is always written again).</summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps { get; init; } = NoStamps;

    /// <summary>The manifest in <paramref name="outputRoot"/>, or null when there is none.</summary>
    /// <exception cref="FormatException">The manifest is not one this program wrote.</exception>
    public static OwnedOutput? Read(string outputRoot)
    {
        var path = Path.Combine(outputRoot, FileName);
        return File.Exists(path) ? Parse(File.ReadAllBytes(path)) : null;
    }

    /// <summary>Parses a manifest.</summary>
    /// <exception cref="FormatException">It is not a manifest this program wrote.</exception>
    public static OwnedOutput Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            var version = root.GetProperty("version").GetInt32();
            if (version is < FirstVersion or > Version)
            {
                throw new FormatException("The manifest is of another version.");
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
            foreach (var file in root.GetProperty("files").EnumerateArray())
            {
                var path = file.GetProperty("path").GetString()!;
                files.Add(path);
                if (file.TryGetProperty("hash", out var hash))
                {
                    stamps[path] = new FileStamp(hash.GetString()!, file.GetProperty("length").GetInt64(), file.GetProperty("modified").GetInt64())
                    {
                        Origin = file.TryGetProperty("origin", out var origin) ? origin.GetString() : null,
                    };
                }
            }

            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var folder in root.GetProperty("folders").EnumerateArray())
            {
                folders.Add(folder.GetString()!);
            }

            return new OwnedOutput(files, folders) { Stamps = stamps };
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("The manifest is not valid JSON of the expected shape.", exception);
        }
    }

    /// <summary>The manifest's bytes: sorted, so the same site gives the same file.</summary>
    public byte[] ToBytes() => JsonBytes.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("generator", "wuzhen: the files and folders the last build wrote here; other files are left alone");
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("folders");
        foreach (var folder in Folders.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(folder);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("files");
        foreach (var file in Files.Order(StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("path", file);
            if (Stamps.TryGetValue(file, out var stamp))
            {
                writer.WriteString("hash", stamp.Hash);
                writer.WriteNumber("length", stamp.Length);
                writer.WriteNumber("modified", stamp.ModifiedTicks);
                if (stamp.Origin is { } origin)
                {
                    writer.WriteString("origin", origin);
                }
            }
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
