using System.Text;
using static WuzhenSite.Liquid.Filters.SafeText;

namespace WuzhenSite.Liquid.Filters;

/// <summary>url_encode / url_decode with the form-encoding rules Liquid uses (space ↔ '+', UTF-8 percent escapes).</summary>
internal static class UrlFilters
{
    public static object? UrlEncode(object? input, ReadOnlySpan<object?> arguments)
    {
        if (input is null)
        {
            return null;
        }

        var text = Text(input);
        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                // Encode the whole code point (a surrogate pair is one character in UTF-8).
                var rune = Rune.TryGetRuneAt(text, i, out var r) ? r : Rune.ReplacementChar;
                var count = rune.EncodeToUtf8(bytes);
                for (var b = 0; b < count; b++)
                {
                    builder.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                if (rune.Utf16SequenceLength == 2)
                {
                    i++;
                }
            }
        }

        return builder.ToString();
    }

    public static object? UrlDecode(object? input, ReadOnlySpan<object?> arguments) =>
        input is null ? null : Uri.UnescapeDataString(Text(input).Replace('+', ' '));
}
