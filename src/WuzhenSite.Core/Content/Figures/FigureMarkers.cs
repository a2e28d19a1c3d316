using System.Globalization;
using System.Text;

namespace WuzhenSite.Content.Figures;

/// <summary>
/// The HTML comments Markdown leaves where a photo or gallery goes (<c>&lt;!--wuzhen-image 2--&gt;</c>),
/// and their replacement once the figures are made. A comment: harmless if ever left, and written
/// by nothing else the build makes.
/// </summary>
public static class FigureMarkers
{
    private const string Prefix = "<!--wuzhen-";

    /// <summary>The marker of body image <paramref name="index"/>.</summary>
    public static string Image(int index) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}image {index}-->");

    /// <summary>The marker of a gallery of <paramref name="count"/> images from <paramref name="first"/>.</summary>
    public static string Gallery(int first, int count) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}gallery {first} {count}-->");

    /// <summary>True when <paramref name="html"/> holds a marker.</summary>
    public static bool Any(string html) => html.Contains(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Puts each image's and gallery's HTML where its marker is. A marker that names no image the
    /// page has (written by hand in raw HTML) is left as the comment it is.
    /// </summary>
    public static string Replace(string html, Func<int, string?> image, Func<int, int, string?> gallery)
    {
        var result = new StringBuilder(html.Length + 1024);
        var at = 0;
        while (html.IndexOf(Prefix, at, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = html.IndexOf("-->", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            result.Append(html, at, start - at);
            var body = html.AsSpan(start + Prefix.Length, end - start - Prefix.Length);
            result.Append(Resolve(body, image, gallery) ?? html[start..(end + 3)]);
            at = end + 3;
        }

        return result.Append(html, at, html.Length - at).ToString();
    }

    private static string? Resolve(ReadOnlySpan<char> body, Func<int, string?> image, Func<int, int, string?> gallery)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = body.Split(parts, ' ');
        if (count == 2 && body[parts[0]].SequenceEqual("image") && int.TryParse(body[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return image(index);
        }

        if (count == 3 && body[parts[0]].SequenceEqual("gallery")
            && int.TryParse(body[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(body[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return gallery(first, length);
        }

        return null;
    }
}
