using System.Text.Json;

namespace WuzhenSite.Output;

/// <summary>
/// What a build wrote into the output folder, kept there as <c>.wuzhen-manifest</c> (JSON): the
/// files (relative paths with '/') and the folders it created. The next build replaces and deletes
/// only these; everything else in the folder belongs to someone else and is left alone. Files are
/// objects, so a later version can add a content hash beside each path.
/// </summary>
public sealed record OwnedOutput(IReadOnlySet<string> Files, IReadOnlySet<string> Folders)
{
    /// <summary>The manifest's name in the output folder.</summary>
    public const string FileName = ".wuzhen-manifest";

    private const int Version = 1;

    /// <summary>Nothing owned: a new or adopted folder.</summary>
    public static OwnedOutput None { get; } = new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

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
            if (root.GetProperty("version").GetInt32() != Version)
            {
                throw new FormatException("The manifest is of another version.");
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in root.GetProperty("files").EnumerateArray())
            {
                files.Add(file.GetProperty("path").GetString()!);
            }

            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var folder in root.GetProperty("folders").EnumerateArray())
            {
                folders.Add(folder.GetString()!);
            }

            return new OwnedOutput(files, folders);
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
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
