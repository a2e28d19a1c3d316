using System.Buffers;
using System.Text.Encodings.Web;

namespace WuzhenSite.Search;

/// <summary>
/// A <see cref="JavaScriptEncoder"/> that escapes strings exactly as <c>JSON.stringify</c> does:
/// only <c>"</c>, <c>\</c> and control characters below U+0020 (as <c>\b \t \n \f \r</c> or
/// <c>\u00xx</c> with lower-case hex) and unpaired surrogates (as <c>\udxxx</c>, as the
/// well-formed <c>JSON.stringify</c> of ES2019 does); everything else, including non-ASCII and
/// emoji, is written as is.
/// </summary>
internal sealed class JsonStringifyEncoder : JavaScriptEncoder
{
    public static readonly JsonStringifyEncoder Instance = new();

    private static readonly SearchValues<char> CharsToEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    private static readonly SearchValues<char> CharsToEscapeOrSurrogates = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\" +
        SurrogateRange());

    private static readonly SearchValues<byte> BytesToEscape = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
            (byte)'"', (byte)'\\']);

    private JsonStringifyEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FindFirstCharacterToEncode(new ReadOnlySpan<char>(text, textLength));

    /// <summary>First index needing an escape: a JSON special character or an unpaired surrogate.</summary>
    public static int FindFirstCharacterToEncode(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int relative = text[offset..].IndexOfAny(CharsToEscapeOrSurrogates);
            if (relative < 0)
            {
                return -1;
            }

            int index = offset + relative;
            char c = text[index];
            if (!char.IsSurrogate(c))
            {
                return index;
            }

            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        int read = 0;
        int written = 0;
        Span<char> escape = stackalloc char[6];
        while (read < source.Length)
        {
            char c = source[read];
            int consumed = 1;
            scoped ReadOnlySpan<char> output;
            if (c < 0x20 || c == '"' || c == '\\')
            {
                output = escape[..WriteEscape(c, escape)];
            }
            else if (char.IsHighSurrogate(c) && read + 1 < source.Length && char.IsLowSurrogate(source[read + 1]))
            {
                output = source.Slice(read, 2);
                consumed = 2;
            }
            else if (char.IsHighSurrogate(c) && read + 1 == source.Length && !isFinalBlock)
            {
                break;
            }
            else if (char.IsSurrogate(c))
            {
                output = escape[..WriteUnicodeEscape(c, escape)];
            }
            else
            {
                output = source.Slice(read, 1);
            }

            if (!output.TryCopyTo(destination[written..]))
            {
                charsConsumed = read;
                charsWritten = written;
                return OperationStatus.DestinationTooSmall;
            }

            written += output.Length;
            read += consumed;
        }

        charsConsumed = read;
        charsWritten = written;
        return read == source.Length ? OperationStatus.Done : OperationStatus.NeedMoreData;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) => utf8Text.IndexOfAny(BytesToEscape);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (!WillEncode(unicodeScalar))
        {
            if (unicodeScalar > 0xFFFF)
            {
                if (destination.Length < 2)
                {
                    numberOfCharactersWritten = 0;
                    return false;
                }

                numberOfCharactersWritten = new System.Text.Rune(unicodeScalar).EncodeToUtf16(destination);
                return true;
            }

            if (destination.Length < 1)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            destination[0] = (char)unicodeScalar;
            numberOfCharactersWritten = 1;
            return true;
        }

        if (destination.Length < 6)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        numberOfCharactersWritten = WriteEscape((char)unicodeScalar, destination);
        return true;
    }

    private static string SurrogateRange()
    {
        var chars = new char[0xE000 - 0xD800];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(0xD800 + i);
        }

        return new string(chars);
    }

    // Escape of '"', '\\' or a control character; destination has room for six characters.
    private static int WriteEscape(char c, Span<char> destination)
    {
        char shortEscape = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\b' => 'b',
            '\t' => 't',
            '\n' => 'n',
            '\f' => 'f',
            '\r' => 'r',
            _ => '\0',
        };

        if (shortEscape == '\0')
        {
            return WriteUnicodeEscape(c, destination);
        }

        destination[0] = '\\';
        destination[1] = shortEscape;
        return 2;
    }

    // \uXXXX with lower-case hex digits, as JSON.stringify writes it.
    private static int WriteUnicodeEscape(char c, Span<char> destination)
    {
        const string Hex = "0123456789abcdef";
        destination[0] = '\\';
        destination[1] = 'u';
        destination[2] = Hex[(c >> 12) & 0xF];
        destination[3] = Hex[(c >> 8) & 0xF];
        destination[4] = Hex[(c >> 4) & 0xF];
        destination[5] = Hex[c & 0xF];
        return 6;
    }
}
