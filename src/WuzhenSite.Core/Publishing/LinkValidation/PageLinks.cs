using System.Collections.Frozen;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>The links a page makes (<c>href</c> and <c>src</c>, in document order) and the element ids it has.</summary>
public sealed record PageLinks(IReadOnlyList<string> Links, IReadOnlySet<string> Ids)
{
    private static readonly FrozenDictionary<string, string> LinkAttributeByTag = new Dictionary<string, string>
    {
        ["a"] = "href",
        ["area"] = "href",
        ["link"] = "href",
        ["img"] = "src",
        ["script"] = "src",
        ["source"] = "src",
        ["iframe"] = "src",
        ["video"] = "src",
        ["audio"] = "src",
        ["track"] = "src",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The links and ids of one page, read with <see cref="HtmlStartTagScanner"/>.</summary>
    public static PageLinks Scan(string html)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        HtmlStartTagScanner.Scan(html, (tag, attributes) =>
        {
            var linkAttribute = LinkAttributeByTag.GetValueOrDefault(tag);
            foreach (var (name, value) in attributes)
            {
                if (name is "id" || (name is "name" && tag is "a"))
                {
                    ids.Add(value);
                }
                else if (name == linkAttribute && value.Length > 0)
                {
                    links.Add(value);
                }
            }
        });

        return new PageLinks(links, ids);
    }
}
