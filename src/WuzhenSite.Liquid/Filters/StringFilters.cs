using System.Text;
using WuzhenSite.Liquid.Rendering;
using static WuzhenSite.Liquid.Filters.FilterArguments;
using static WuzhenSite.Liquid.Filters.SafeText;

namespace WuzhenSite.Liquid.Filters;

/// <summary>String filters: case, whitespace, search and replace, split, truncation, slicing, base64, format.</summary>
internal static class StringFilters
{
    // Ruby's strip removes ASCII whitespace and NUL only; ideographic spaces (U+3000) in CJK text are content.
    private static readonly char[] StripCharacters = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    public static object? Append(object? input, ReadOnlySpan<object?> arguments) => Concat(input, arguments[0]);

    public static object? Prepend(object? input, ReadOnlySpan<object?> arguments) => Concat(arguments[0], input);

    public static object? Upcase(object? input, ReadOnlySpan<object?> arguments) => Text(input).ToUpperInvariant();

    public static object? Downcase(object? input, ReadOnlySpan<object?> arguments) => Text(input).ToLowerInvariant();

    /// <summary>First character upper-case, the rest lower-case (Ruby's capitalize).</summary>
    public static object? Capitalize(object? input, ReadOnlySpan<object?> arguments)
    {
        var text = Text(input);
        if (text.Length == 0)
        {
            return text;
        }

        // By rune, so a leading character outside the BMP is not split.
        Rune.DecodeFromUtf16(text, out var first, out var length);
        return Rune.ToUpperInvariant(first) + text[length..].ToLowerInvariant();
    }

    public static object? Strip(object? input, ReadOnlySpan<object?> arguments) => Preserve(input, Text(input).Trim(StripCharacters));

    public static object? Lstrip(object? input, ReadOnlySpan<object?> arguments) => Preserve(input, Text(input).TrimStart(StripCharacters));

    public static object? Rstrip(object? input, ReadOnlySpan<object?> arguments) => Preserve(input, Text(input).TrimEnd(StripCharacters));

    public static object? StripNewlines(object? input, ReadOnlySpan<object?> arguments) =>
        Preserve(input, Text(input).Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));

    public static object? Replace(object? input, ReadOnlySpan<object?> arguments) =>
        ReplaceAll(Text(input), Text(arguments[0]), FilterArguments.Text(arguments, 1, string.Empty));

    public static object? ReplaceFirst(object? input, ReadOnlySpan<object?> arguments) =>
        ReplaceOne(Text(input), Text(arguments[0]), FilterArguments.Text(arguments, 1, string.Empty), last: false);

    public static object? ReplaceLast(object? input, ReadOnlySpan<object?> arguments) =>
        ReplaceOne(Text(input), Text(arguments[0]), FilterArguments.Text(arguments, 1, string.Empty), last: true);

    public static object? Remove(object? input, ReadOnlySpan<object?> arguments) =>
        ReplaceAll(Text(input), Text(arguments[0]), string.Empty);

    public static object? RemoveFirst(object? input, ReadOnlySpan<object?> arguments) =>
        ReplaceOne(Text(input), Text(arguments[0]), string.Empty, last: false);

    public static object? RemoveLast(object? input, ReadOnlySpan<object?> arguments) =>
        ReplaceOne(Text(input), Text(arguments[0]), string.Empty, last: true);

    /// <summary>
    /// Ruby's String#split: a single-space pattern splits on runs of whitespace ignoring leading whitespace;
    /// an empty pattern splits into characters; trailing empty strings are dropped.
    /// </summary>
    public static object? Split(object? input, ReadOnlySpan<object?> arguments)
    {
        var text = Text(input);
        var pattern = Text(arguments[0]);
        if (text.Length == 0)
        {
            return Array.Empty<string>();
        }

        string[] parts;
        if (pattern == " ")
        {
            parts = text.Split(StripCharacters, StringSplitOptions.RemoveEmptyEntries);
        }
        else if (pattern.Length == 0)
        {
            var characters = new List<string>(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                characters.Add(rune.ToString());
            }

            parts = [.. characters];
        }
        else
        {
            parts = text.Split(pattern);
        }

        var length = parts.Length;
        while (length > 0 && parts[length - 1].Length == 0)
        {
            length--;
        }

        return length == parts.Length ? parts : parts[..length];
    }

    /// <summary>Shortens to at most <c>length</c> characters including the ellipsis (default 50 and "...").</summary>
    public static object? Truncate(object? input, ReadOnlySpan<object?> arguments)
    {
        if (input is null)
        {
            return null;
        }

        var text = Text(input);
        var length = Int(arguments, 0, 50);
        var ellipsis = At(arguments, 1) ?? "...";
        var ellipsisLength = Text(ellipsis).Length;
        if (text.Length <= length)
        {
            return input is LiquidHtml ? input : text;
        }

        var keep = Math.Max(0, length - ellipsisLength);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return Concat(Preserve(input, text[..keep]), ellipsis);
    }

    /// <summary>Keeps the first <c>words</c> words (default 15), joined by single spaces, plus the ellipsis.</summary>
    public static object? TruncateWords(object? input, ReadOnlySpan<object?> arguments)
    {
        if (input is null)
        {
            return null;
        }

        var text = Text(input);
        var words = Math.Max(1, Int(arguments, 0, 15));
        var ellipsis = At(arguments, 1) ?? "...";

        // First pass: find where the last kept word ends, and whether the words are already separated by
        // single spaces (the usual case), in which case the result is a plain substring.
        var i = SkipSpaces(text, 0);
        var first = i;
        var end = i;
        var singleSpaced = true;
        for (var count = 0; count < words; count++)
        {
            var gap = i;
            i = SkipSpaces(text, i);
            if (i >= text.Length)
            {
                return input is LiquidHtml ? input : text;
            }

            singleSpaced &= count == 0 || (i - gap == 1 && text[gap] == ' ');
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            end = i;
        }

        if (SkipSpaces(text, i) >= text.Length)
        {
            // Exactly the limit: nothing to cut.
            return input is LiquidHtml ? input : text;
        }

        string kept;
        if (singleSpaced)
        {
            kept = text[first..end];
        }
        else
        {
            var builder = new StringBuilder(end - first);
            var span = text.AsSpan(first, end - first);
            foreach (var range in span.SplitAny(StripCharacters))
            {
                if (!span[range].IsEmpty)
                {
                    (builder.Length > 0 ? builder.Append(' ') : builder).Append(span[range]);
                }
            }

            kept = builder.ToString();
        }

        return Concat(Preserve(input, kept), ellipsis);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A substring or sub-list: <c>slice: offset[, length]</c>, negative offsets counting from the end.</summary>
    public static object? Slice(object? input, ReadOnlySpan<object?> arguments)
    {
        var offset = Int(arguments, 0, 0);
        var length = Int(arguments, 1, 1);
        if (LiquidCollections.IsList(input))
        {
            var list = LiquidCollections.AsList(input)!;
            var result = new List<object?>();
            if (TryRange(offset, length, list.Count, out var from, out var count))
            {
                for (var i = from; i < from + count; i++)
                {
                    result.Add(list[i]);
                }
            }

            return result;
        }

        var text = Text(input);
        return TryRange(offset, length, text.Length, out var start, out var take) ? text.Substring(start, take) : string.Empty;
    }

    public static object? Base64Encode(object? input, ReadOnlySpan<object?> arguments) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(input)));

    public static object? Base64Decode(object? input, ReadOnlySpan<object?> arguments)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(Text(input)));
        }
        catch (FormatException)
        {
            throw new FilterError("the input is not valid base64");
        }
    }

    /// <summary>
    /// <c>{{ "{0} min read" | format: minutes }}</c>: replaces {0}, {1}, … with the arguments. Other braces are
    /// left alone (unlike string.Format, a stray brace in a translation is not an error). If the pattern is
    /// HTML, the arguments are escaped into it and the result stays HTML.
    /// </summary>
    public static object? Format(object? input, ReadOnlySpan<object?> arguments)
    {
        var pattern = Text(input);
        var html = input is LiquidHtml;
        var builder = new StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0)
            {
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            if (close > open + 1 && int.TryParse(pattern.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < arguments.Length)
            {
                builder.Append(pattern, i, open - i);
                builder.Append(html ? AsHtml(arguments[index]) : Text(arguments[index]));
                i = close + 1;
            }
            else
            {
                builder.Append(pattern, i, open - i + 1);
                i = open + 1;
            }
        }

        builder.Append(pattern, i, pattern.Length - i);
        return Preserve(input, builder.ToString());
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>Ruby's slice(offset, length) bounds: nil (here false) when the offset is outside or the length negative.</summary>
    private static bool TryRange(int offset, int length, int size, out int start, out int count)
    {
        start = offset < 0 ? offset + size : offset;
        count = 0;
        if (start < 0 || start > size || length < 0)
        {
            return false;
        }

        count = Math.Min(length, size - start);
        return true;
    }

    private static string ReplaceAll(string text, string search, string replacement)
    {
        if (search.Length > 0)
        {
            return text.Replace(search, replacement, StringComparison.Ordinal);
        }

        // Ruby inserts the replacement at every position for an empty pattern.
        var builder = new StringBuilder(text.Length * (replacement.Length + 1) + replacement.Length);
        builder.Append(replacement);
        foreach (var c in text)
        {
            builder.Append(c).Append(replacement);
        }

        return builder.ToString();
    }

    private static string ReplaceOne(string text, string search, string replacement, bool last)
    {
        var index = last ? text.LastIndexOf(search, StringComparison.Ordinal) : text.IndexOf(search, StringComparison.Ordinal);
        if (search.Length == 0)
        {
            index = last ? text.Length : 0;
        }

        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + search.Length));
    }
}
