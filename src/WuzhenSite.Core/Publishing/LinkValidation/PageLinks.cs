using System.Text;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>The links a page makes (<c>href</c> and <c>src</c>, in document order) and the element ids it has.</summary>
public sealed record PageLinks(IReadOnlyList<string> Links, IReadOnlySet<string> Ids)
{
    private const int Id = 0, Name = 1, Href = 2, Src = 3;
    private static readonly string[] Attributes = ["id", "name", "href", "src"];
    private static readonly string[] HrefElements = ["a", "area", "link"];
    private static readonly string[] SrcElements = ["img", "script", "source", "iframe", "video", "audio", "track"];

    /// <summary>The links and ids of one page (UTF-8), read with <see cref="HtmlStartTagScanner"/>.</summary>
    public static PageLinks Scan(ReadOnlySpan<byte> html)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        HtmlStartTagScanner.Scan(html, Attributes, (tag, values) =>
        {
            if (values[Id] is { } id)
            {
                ids.Add(id);
            }

            if (values[Name] is { } name && Ascii.EqualsIgnoreCase(tag, "a"))
            {
                ids.Add(name);
            }

            var link = IsOneOf(tag, HrefElements) ? values[Href] : IsOneOf(tag, SrcElements) ? values[Src] : null;
            if (link is { Length: > 0 })
            {
                links.Add(link);
            }
        });

        return new PageLinks(links, ids);
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
