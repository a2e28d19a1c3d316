using System.Globalization;

namespace WuzhenSite.Images.Planning;

/// <summary>
/// Where a photo's subject is, as fractions of its width and height from the top left; crops keep
/// it in view. Written in front matter as <c>imageFocus</c>: <c>center</c> (the default), a side or
/// corner (<c>top</c>, <c>bottom left</c>…), or two percentages (<c>30% 40%</c>, as CSS writes
/// <c>object-position</c>).
/// </summary>
public readonly record struct FocalPoint(double X, double Y)
{
    /// <summary>The middle of the photo.</summary>
    public static FocalPoint Center { get; } = new(0.5, 0.5);

    /// <summary>The point as CSS <c>object-position</c>.</summary>
    public string Css => string.Create(CultureInfo.InvariantCulture, $"{X * 100:0.##}% {Y * 100:0.##}%");

    /// <summary>Reads an <c>imageFocus</c> value; null when it is none of the accepted forms.</summary>
    public static FocalPoint? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Center;
        }

        var words = text.Trim().ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && Percent(words[0]) is { } x && Percent(words[1]) is { } y)
        {
            return new FocalPoint(x, y);
        }

        double? px = null, py = null;
        foreach (var word in words)
        {
            switch (word)
            {
                case "left" when px is null: px = 0; break;
                case "right" when px is null: px = 1; break;
                case "top" when py is null: py = 0; break;
                case "bottom" when py is null: py = 1; break;
                case "center" or "centre": break;
                default: return null;
            }
        }

        return words.Length <= 2 ? new FocalPoint(px ?? 0.5, py ?? 0.5) : null;
    }

    private static double? Percent(string word) =>
        word.EndsWith('%') && double.TryParse(word[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100
            ? value / 100
            : null;
}
