using System.Collections.Frozen;
using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Filters;

/// <summary>All filters by name. Fixed at startup and frozen, so lookups at parse time are cheap and thread-safe.</summary>
internal static class FilterRegistry
{
    private const int Many = int.MaxValue;

    private static readonly FrozenDictionary<string, FilterDefinition> Filters = new FilterDefinition[]
    {
        // Strings
        new("append", StringFilters.Append, 1, 1),
        new("prepend", StringFilters.Prepend, 1, 1),
        new("upcase", StringFilters.Upcase, 0, 0),
        new("downcase", StringFilters.Downcase, 0, 0),
        new("capitalize", StringFilters.Capitalize, 0, 0),
        new("strip", StringFilters.Strip, 0, 0),
        new("lstrip", StringFilters.Lstrip, 0, 0),
        new("rstrip", StringFilters.Rstrip, 0, 0),
        new("strip_newlines", StringFilters.StripNewlines, 0, 0),
        new("replace", StringFilters.Replace, 1, 2),
        new("replace_first", StringFilters.ReplaceFirst, 1, 2),
        new("replace_last", StringFilters.ReplaceLast, 1, 2),
        new("remove", StringFilters.Remove, 1, 1),
        new("remove_first", StringFilters.RemoveFirst, 1, 1),
        new("remove_last", StringFilters.RemoveLast, 1, 1),
        new("split", StringFilters.Split, 1, 1),
        new("truncate", StringFilters.Truncate, 0, 2),
        new("truncatewords", StringFilters.TruncateWords, 0, 2),
        new("slice", StringFilters.Slice, 1, 2),
        new("base64_encode", StringFilters.Base64Encode, 0, 0),
        new("base64_decode", StringFilters.Base64Decode, 0, 0),
        new("format", StringFilters.Format, 0, Many),

        // HTML and URLs
        new("escape", HtmlFilters.Escape, 0, 0),
        new("escape_once", HtmlFilters.EscapeOnce, 0, 0),
        new("raw", HtmlFilters.Raw, 0, 0),
        new("strip_html", HtmlFilters.StripHtml, 0, 0),
        new("newline_to_br", HtmlFilters.NewlineToBr, 0, 0),
        new("url_encode", UrlFilters.UrlEncode, 0, 0),
        new("url_decode", UrlFilters.UrlDecode, 0, 0),

        // Lists
        new("size", ArrayFilters.Size, 0, 0),
        new("first", ArrayFilters.First, 0, 0),
        new("last", ArrayFilters.Last, 0, 0),
        new("join", ArrayFilters.Join, 0, 1),
        new("reverse", ArrayFilters.Reverse, 0, 0),
        new("sort", ArrayFilters.Sort, 0, 1),
        new("sort_natural", ArrayFilters.SortNatural, 0, 1),
        new("uniq", ArrayFilters.Uniq, 0, 1),
        new("map", ArrayFilters.Map, 1, 1),
        new("where", ArrayFilters.Where, 1, 2),
        new("reject", ArrayFilters.Reject, 1, 2),
        new("compact", ArrayFilters.Compact, 0, 1),
        new("concat", ArrayFilters.Concat, 1, 1),
        new("sum", ArrayFilters.Sum, 0, 1),

        // Numbers
        new("plus", MathFilters.Plus, 1, 1),
        new("minus", MathFilters.Minus, 1, 1),
        new("times", MathFilters.Times, 1, 1),
        new("divided_by", MathFilters.DividedBy, 1, 1),
        new("modulo", MathFilters.Modulo, 1, 1),
        new("abs", MathFilters.Abs, 0, 0),
        new("ceil", MathFilters.Ceil, 0, 0),
        new("floor", MathFilters.Floor, 0, 0),
        new("round", MathFilters.Round, 0, 1),
        new("at_least", MathFilters.AtLeast, 1, 1),
        new("at_most", MathFilters.AtMost, 1, 1),

        // Other
        new("default", ValueFilters.Default, 0, 1, "allow_false"),
        new("date", DateFilters.Date, 0, 1),
        new("json", JsonFilter.Json, 0, 0),
        new("jsonify", JsonFilter.Json, 0, 0),
    }.ToFrozenDictionary(definition => definition.Name, StringComparer.Ordinal);

    /// <summary>Names of all filters, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Filters.Keys.Order(StringComparer.Ordinal)];

    public static bool TryGet(string name, out FilterDefinition definition) => Filters.TryGetValue(name, out definition!);

    /// <summary>The closest filter name within two edits, for "did you mean" (only computed on errors).</summary>
    public static string? Suggest(string name)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var known in Names)
        {
            var distance = EditDistance.Compute(name, known);
            if (distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }
}
