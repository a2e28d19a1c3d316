using System.Collections;
using System.Globalization;
using System.Text;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// Serializes template values to JSON that is safe inside an HTML &lt;script&gt; element: &lt;, &gt;, &amp;, '
/// and U+2028/U+2029 are written as \u escapes, so "&lt;/script&gt;" in a string cannot end the element.
/// Other characters (CJK included) are written as they are. Objects use the snake_case names templates see.
/// </summary>
internal static class JsonWriter
{
    private const int MaxDepth = 64;

    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value, 0);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FilterError($"the value is nested more than {MaxDepth} levels deep (does it refer to itself?)");
        }

        switch (value)
        {
            case null or SpecialValue:
                builder.Append("null");
                return;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                return;
            case string text:
                WriteString(builder, text);
                return;
            case LiquidHtml html:
                WriteString(builder, html.Html);
                return;
            case DateTimeOffset or DateTime or DateOnly or char or Enum or Guid or Uri or TimeSpan:
                WriteString(builder, ValueFormatter.ToText(value));
                return;
        }

        if (LiquidNumber.TryFrom(value, out var number))
        {
            WriteNumber(builder, number);
            return;
        }

        if (value is IMemberSource source)
        {
            builder.Append('{');
            var first = true;
            foreach (var name in source.MemberNames)
            {
                source.TryGetMember(name, out var member);
                WriteProperty(builder, name, member, ref first, depth);
            }

            builder.Append('}');
            return;
        }

        if (LiquidCollections.AsDictionary(value) is { } dictionary)
        {
            builder.Append('{');
            var first = true;
            foreach (var entry in dictionary.Entries(value))
            {
                WriteProperty(builder, entry.Key, entry.Value, ref first, depth);
            }

            builder.Append('}');
            return;
        }

        if (value is IEnumerable enumerable)
        {
            builder.Append('[');
            var first = true;
            foreach (var item in enumerable)
            {
                if (!first)
                {
                    builder.Append(',');
                }

                first = false;
                WriteValue(builder, item, depth + 1);
            }

            builder.Append(']');
            return;
        }

        if (TypeShape.Of(value) is ObjectShape shape && shape.Members.Count > 0)
        {
            builder.Append('{');
            var first = true;
            foreach (var member in shape.Members)
            {
                WriteProperty(builder, member.Key, member.Value.Get(value), ref first, depth);
            }

            builder.Append('}');
            return;
        }

        WriteString(builder, ValueFormatter.ToText(value));
    }

    private static void WriteProperty(StringBuilder builder, string name, object? value, ref bool first, int depth)
    {
        if (!first)
        {
            builder.Append(',');
        }

        first = false;
        WriteString(builder, name);
        builder.Append(':');
        WriteValue(builder, value, depth + 1);
    }

    private static void WriteNumber(StringBuilder builder, LiquidNumber number)
    {
        switch (number.Kind)
        {
            case NumberKind.Integer:
                builder.Append(number.AsInteger.ToString(CultureInfo.InvariantCulture));
                break;
            case NumberKind.Decimal:
                builder.Append(number.AsDecimal.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                // JSON has no NaN or infinity.
                var real = number.AsDouble;
                builder.Append(double.IsFinite(real) ? real.ToString("R", CultureInfo.InvariantCulture) : "null");
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                '<' or '>' or '&' or '\'' or '\u2028' or '\u2029' => null,
                < ' ' => null,
                _ when char.IsSurrogate(c) && !IsPairedSurrogate(text, i) => null,
                _ => string.Empty,
            };

            if (escape is { Length: 0 })
            {
                continue;
            }

            builder.Append(text, start, i - start);
            if (escape is null)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(escape);
            }

            start = i + 1;
        }

        builder.Append(text, start, text.Length - start).Append('"');
    }

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
