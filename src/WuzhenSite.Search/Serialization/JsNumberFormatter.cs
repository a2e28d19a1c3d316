using System.Globalization;

namespace WuzhenSite.Search;

/// <summary>
/// Formats doubles exactly as JavaScript's <c>Number.prototype.toString()</c> (and so
/// <c>JSON.stringify</c>) does: shortest round-trip digits, fixed notation for
/// 1e-6 ≤ |x| &lt; 1e21, otherwise <c>1.5e+21</c> / <c>1e-7</c>; −0 prints as <c>0</c>.
/// </summary>
public static class JsNumberFormatter
{
    /// <summary>Longest output: sign, 17 digits, point, up to 21 padding zeros or an exponent.</summary>
    public const int MaxLength = 32;

    /// <summary>Formats <paramref name="value"/>; NaN and infinities give "NaN", "Infinity", "-Infinity".</summary>
    public static string Format(double value)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        int written = Format(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>Writes <paramref name="value"/> as ASCII into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes).</summary>
    /// <returns>The number of bytes written.</returns>
    public static int Format(double value, Span<byte> destination)
    {
        if (double.IsNaN(value))
        {
            return Ascii("NaN", destination);
        }

        if (double.IsInfinity(value))
        {
            return Ascii(value > 0 ? "Infinity" : "-Infinity", destination);
        }

        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        // Integers below 2^53 print as plain integers in both runtimes.
        if (Math.Abs(value) < 9007199254740992.0 && value == Math.Floor(value))
        {
            ((long)value).TryFormat(destination, out int integerLength, default, CultureInfo.InvariantCulture);
            return integerLength;
        }

        // Fast path for lunr's scores, which are Math.round(x * 1000) / 1000. When value is exactly the
        // double nearest k/1000 and |k| < 10^15, the decimal k/1000 has at most 15 significant digits,
        // so it is the unique shortest round-trip representation: print it directly.
        double thousandths = Math.Round(value * 1000);
        if (Math.Abs(thousandths) < 1e15 && thousandths / 1000 == value)
        {
            return FormatThousandths((long)thousandths, destination);
        }

        // .NET's "R" gives the shortest round-trip digits (as ECMAScript requires); only the layout differs.
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        bool negative = text[0] == '-';
        Span<byte> digits = stackalloc byte[24];
        int digitCount = 0;
        int integerDigits = 0;
        bool seenPoint = false;
        int exponent = 0;
        int i = negative ? 1 : 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                seenPoint = true;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[digitCount++] = (byte)c;
                if (!seenPoint)
                {
                    integerDigits++;
                }
            }
        }

        // value = 0.d1d2…dk × 10^n
        int leadingZeros = 0;
        while (leadingZeros < digitCount - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var significant = digits[leadingZeros..digitCount];
        int k = significant.Length;
        while (k > 1 && significant[k - 1] == '0')
        {
            k--;
        }

        significant = significant[..k];
        int n = integerDigits + exponent - leadingZeros;

        int pos = 0;
        if (negative)
        {
            destination[pos++] = (byte)'-';
        }

        if (k <= n && n <= 21)
        {
            significant.CopyTo(destination[pos..]);
            pos += k;
            destination.Slice(pos, n - k).Fill((byte)'0');
            pos += n - k;
        }
        else if (0 < n && n <= 21)
        {
            significant[..n].CopyTo(destination[pos..]);
            pos += n;
            destination[pos++] = (byte)'.';
            significant[n..].CopyTo(destination[pos..]);
            pos += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            destination.Slice(pos, -n).Fill((byte)'0');
            pos += -n;
            significant.CopyTo(destination[pos..]);
            pos += k;
        }
        else
        {
            destination[pos++] = significant[0];
            if (k > 1)
            {
                destination[pos++] = (byte)'.';
                significant[1..].CopyTo(destination[pos..]);
                pos += k - 1;
            }

            destination[pos++] = (byte)'e';
            int e = n - 1;
            destination[pos++] = e < 0 ? (byte)'-' : (byte)'+';
            Math.Abs(e).TryFormat(destination[pos..], out int exponentLength, default, CultureInfo.InvariantCulture);
            pos += exponentLength;
        }

        return pos;
    }

    // Writes k / 1000 (k not a multiple of 1000) as fixed notation without trailing zeros.
    private static int FormatThousandths(long thousandths, Span<byte> destination)
    {
        int pos = 0;
        if (thousandths < 0)
        {
            destination[pos++] = (byte)'-';
            thousandths = -thousandths;
        }

        long integerPart = Math.DivRem(thousandths, 1000, out long fraction);
        integerPart.TryFormat(destination[pos..], out int integerLength, default, CultureInfo.InvariantCulture);
        pos += integerLength;
        destination[pos++] = (byte)'.';
        destination[pos++] = (byte)('0' + (fraction / 100));
        fraction %= 100;
        if (fraction != 0)
        {
            destination[pos++] = (byte)('0' + (fraction / 10));
            fraction %= 10;
            if (fraction != 0)
            {
                destination[pos++] = (byte)('0' + fraction);
            }
        }

        return pos;
    }

    private static int Ascii(string text, Span<byte> destination)
    {
        for (int i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        return text.Length;
    }
}
