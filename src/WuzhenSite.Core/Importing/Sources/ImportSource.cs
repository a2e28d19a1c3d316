using System.Text;
using System.Text.RegularExpressions;

namespace WuzhenSite.Importing.Sources;

/// <summary>Reads a file <c>wuzhen import</c> is given into its lines, by its extension: <c>.txt</c>, <c>.html</c>/<c>.htm</c>, <c>.docx</c>.</summary>
public static partial class ImportSource
{
    /// <summary>The extensions that can be imported, for messages.</summary>
    public const string Known = ".txt, .html, .htm, .docx";

    /// <summary>The lines of the file; throws <see cref="ImportSourceException"/> for a file of another kind or one that cannot be read.</summary>
    public static IReadOnlyList<SourceLine> Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".txt" or ".text":
                return TextSource.Read(ReadUtf8(path));
            case ".html" or ".htm":
                return HtmlSource.Read(ReadHtml(path));
            case ".docx":
                return WordSource.Read(path);
            case ".doc":
                throw new ImportSourceException($"{path} is an old Word file (.doc), which cannot be read.",
                    "Open it in Word or LibreOffice and save it as a Word document (.docx), then import that.");
            default:
                throw new ImportSourceException($"{path} is not a file wuzhen import reads (it reads {Known}).",
                    "Save the text as a .txt file, the web page as .html, or the Word file as .docx.");
        }
    }

    // A saved page says its encoding in a <meta charset>; Chinese sites still serve GB2312 or GBK, which
    // .NET decodes once its code-page encodings are asked for by name.
    private static string ReadHtml(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (TryUtf8(bytes, out var text))
        {
            return text;
        }

        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = Charset().Match(head);
        var encoding = declared.Success ? EncodingNamed(declared.Groups["name"].Value) : null;
        return encoding is not null
            ? encoding.GetString(bytes)
            : throw new ImportSourceException($"{path} is not UTF-8, and names no encoding .NET knows" + (declared.Success ? $" ('{declared.Groups["name"].Value}')" : "") + ".",
                "Open it in a browser or an editor and save it with the UTF-8 encoding, then import it again.");
    }

    private static Encoding? EncodingNamed(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    // Text that is not UTF-8 (a GBK page, a Windows-1252 mail) would come out as replacement characters
    // in the site: refused with the fix instead.
    private static string ReadUtf8(string path) =>
        TryUtf8(File.ReadAllBytes(path), out var text)
            ? text
            : throw new ImportSourceException($"{path} is not UTF-8 text.", "Open it in an editor and save it with the UTF-8 encoding, then import it again.");
}
