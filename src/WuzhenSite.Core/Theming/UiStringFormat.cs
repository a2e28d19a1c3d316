using System.Globalization;
using System.Text;

namespace WuzhenSite.Theming;

/// <summary>
/// Fills a UI string's named placeholders: <c>"Page {current} of {total}"</c> with
/// <c>current: 2, total: 5</c> gives "Page 2 of 5". Named rather than numbered, so a translator can reorder
/// them and a template reads as what it passes. The one place this logic lives: the templates' <c>t</c>
/// filter calls it and assets/js/search.js mirrors it in the browser.
/// </summary>
/// <remarks>
/// A placeholder is <c>{</c>, letters, digits or underscores, <c>}</c>; any other brace is plain text.
/// Arguments a string does not use are fine (a language may leave a number out, e.g. "1 document").
/// </remarks>
public static class UiStringFormat
{
    /// <summary>The argument that chooses the singular variant.</summary>
    public const string CountArgument = "count";

    /// <summary>What a singular variant's key ends with: <c>documents_count_one</c>.</summary>
    public const string OneSuffix = "_one";

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="strings"/> with its placeholders filled from
    /// <paramref name="arguments"/>. When <c>count</c> is 1 and <c>key_one</c> exists, that variant is used, as in
    /// Shopify's <c>t</c> filter. Values are written culture-invariantly (numbers as 1234.5, booleans as true).
    /// </summary>
    /// <exception cref="ArgumentException">There is no such key, or the text has a placeholder no argument fills;
    /// the message names the key and what to do.</exception>
    public static string Format(IReadOnlyDictionary<string, string> strings, string key, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(arguments);

        var chosen = arguments.TryGetValue(CountArgument, out var count) && IsOne(count) && strings.ContainsKey(key + OneSuffix)
            ? key + OneSuffix
            : key;
        if (!strings.TryGetValue(chosen, out var text))
        {
            throw new ArgumentException($"There is no UI string '{key}'; add it to the i18n files or check its spelling.");
        }

        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var (start, length, name) in Scan(text))
        {
            if (!arguments.TryGetValue(name, out var value))
            {
                var given = arguments.Count == 0 ? "none" : string.Join(", ", arguments.Keys.Order(StringComparer.Ordinal));
                throw new ArgumentException(
                    $"The UI string '{chosen}' (\"{text}\") has the placeholder {{{name}}}, but the template passes no '{name}' (it passes: {given}); pass it ({name}: …) or take the placeholder out of the string.");
            }

            builder.Append(text, position, start - position).Append(ToText(value));
            position = start + length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The names of the placeholders in <paramref name="text"/>, in order (repeats included).</summary>
    public static IEnumerable<string> Placeholders(string text) => Scan(text).Select(p => p.Name);

    /// <summary>True for a name written the old way, <c>{0}</c>: numbers only.</summary>
    public static bool IsPositional(string name) => name.All(char.IsAsciiDigit);

    private static IEnumerable<(int Start, int Length, string Name)> Scan(string text)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        while (open >= 0)
        {
            var end = open + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end < text.Length && end > open + 1 && text[end] == '}')
            {
                yield return (open, end - open + 1, text[(open + 1)..end]);
                open = text.IndexOf('{', end + 1);
            }
            else
            {
                open = text.IndexOf('{', open + 1);
            }
        }
    }

    private static bool IsOne(object? value) => value switch
    {
        int number => number == 1,
        long number => number == 1,
        double number => number == 1,
        decimal number => number == 1,
        string text => text == "1",
        _ => false,
    };

    private static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
