using System.Text;

namespace WuzhenSite.Importing.Sources;

/// <summary>Reads a file <c>wuzhen import</c> is given into its lines, by its extension: <c>.txt</c>, <c>.html</c>/<c>.htm</c>, <c>.docx</c>.</summary>
public static class ImportSource
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
                return HtmlSource.Read(ReadUtf8(path));
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

    // Text that is not UTF-8 (a GBK page, a Windows-1252 mail) would come out as replacement characters
    // in the site: refused with the fix instead.
    private static string ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new ImportSourceException($"{path} is not UTF-8 text.",
                "Open it in an editor and save it with the UTF-8 encoding, then import it again.");
        }
    }
}
