using System.Buffers;
using System.Text.Encodings.Web;

namespace WuzhenSite.Rendering.Templates;

/// <summary>
/// Fluid's output encoder for the theme: escapes the five characters that matter in HTML text and
/// attributes (&lt; &gt; &amp; " ') and nothing else. Fluid's default (<c>HtmlEncoder.Default</c>) also
/// escapes every non-ASCII character, which would turn Chinese titles into <c>&amp;#x4E2D;</c> runs.
/// The entities are the ones the site has always written (<c>&amp;#39;</c> for the apostrophe).
/// </summary>
public sealed class HtmlTextEncoder : TextEncoder
{
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'");

    /// <summary>The one instance: it holds no state.</summary>
    public static HtmlTextEncoder Instance { get; } = new();

    private HtmlTextEncoder()
    {
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '<' or '>' or '&' or '"' or '\'';

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(Special);

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (WillEncode(unicodeScalar))
        {
            var entity = Entity((char)unicodeScalar);
            numberOfCharactersWritten = entity.Length;
            return entity.TryCopyTo(destination);
        }

        // Other scalars are written as they are (a supplementary one as its surrogate pair).
        if (!new System.Text.Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten))
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override string Encode(string value)
    {
        var index = value.AsSpan().IndexOfAny(Special);
        if (index < 0)
        {
            return value;
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, value.AsSpan(), index);
        return writer.ToString();
    }

    /// <inheritdoc />
    public override void Encode(TextWriter output, string value, int startIndex, int characterCount) =>
        Write(output, value.AsSpan(startIndex, characterCount));

    /// <inheritdoc />
    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount) =>
        Write(output, value.AsSpan(startIndex, characterCount));

    private static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        var index = text.IndexOfAny(Special);
        if (index < 0)
        {
            output.Write(text);
            return;
        }

        Write(output, text, index);
    }

    // Copies the runs between special characters in one call each: text without specials is one write.
    private static void Write(TextWriter output, ReadOnlySpan<char> rest, int index)
    {
        do
        {
            if (index > 0)
            {
                output.Write(rest[..index]);
            }

            output.Write(Entity(rest[index]));
            rest = rest[(index + 1)..];
            index = rest.IndexOfAny(Special);
        }
        while (index >= 0);

        if (!rest.IsEmpty)
        {
            output.Write(rest);
        }
    }

    private static string Entity(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
