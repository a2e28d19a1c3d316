using System.Text;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Content;

/// <summary>
/// Decodes a source file's bytes as strict UTF-8, so that a binary file or a file saved in another
/// encoding gets an error that names the line, instead of turning into garbage on the site.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or an error naming the file and line of the first bad byte.</summary>
    public static (string? Text, Diagnostic? Error) Decode(ReadOnlySpan<byte> bytes, string file)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, Diagnostic.Error(file, LineAt(bytes, nul), 0, "The file is binary, not Markdown text.",
                "Move it to assets/ if it is a file to publish, or give it another extension.", "encoding"));
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException exception)
        {
            var line = exception.Index >= 0 ? LineAt(bytes, FirstInvalidByte(bytes)) : 0;
            return (null, Diagnostic.Error(file, line, 0, "The file is not valid UTF-8 text.",
                "Save the file as UTF-8 in your editor (File > Save with Encoding > UTF-8).", "encoding"));
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : 0;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
