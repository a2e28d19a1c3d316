using System.Text;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>The links a page makes (<c>href</c> and <c>src</c>, in document order) and the element ids it has.</summary>
public sealed record PageLinks(IReadOnlyList<string> Links, IReadOnlySet<string> Ids)
{
    private const int Id = 0, Name = 1, Href = 2, Src = 3;
    private static readonly string[] Attributes = ["id", "name", "href", "src"];
    private static readonly string[] HrefElements = ["a", "area", "link"];
    private static readonly string[] SrcElements = ["img", "script", "source", "iframe", "video", "audio", "track"];

    /// <summary>The links and ids of one page (UTF-8), read with <see cref="HtmlStartTagScanner"/>; texts shared through <paramref name="pool"/> when given.</summary>
    public static PageLinks Scan(ReadOnlySpan<byte> html, LinkTextPool? pool = null)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        HtmlStartTagScanner.Scan(html, Attributes, (tag, values) =>
        {
            if (values[Id] is { } id)
            {
                ids.Add(pool?.Get(id) ?? id);
            }

            if (values[Name] is { } name && Ascii.EqualsIgnoreCase(tag, "a"))
            {
                ids.Add(pool?.Get(name) ?? name);
            }

            var link = IsOneOf(tag, HrefElements) ? values[Href] : IsOneOf(tag, SrcElements) ? values[Src] : null;
            if (link is { Length: > 0 })
            {
                links.Add(pool?.Get(link) ?? link);
            }
        });

        // Kept until the link check at the end of the build: no spare capacity.
        ids.TrimExcess();
        return new PageLinks(links.ToArray(), ids);
    }

    /// <summary>The links and ids of one page given as text.</summary>
    public static PageLinks Scan(string html) => Scan(Encoding.UTF8.GetBytes(html));

    private static bool IsOneOf(ReadOnlySpan<byte> tag, string[] names)
    {
        foreach (var name in names)
        {
            if (Ascii.EqualsIgnoreCase(tag, name))
            {
                return true;
            }
        }

        return false;
    }
}
