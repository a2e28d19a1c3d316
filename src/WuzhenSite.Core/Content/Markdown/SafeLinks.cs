using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// A pass over a parsed document that turns every link, image and autolink whose address
/// <see cref="LinkSchemes"/> refuses into its plain text, so a <c>javascript:</c> or <c>data:</c>
/// address never reaches the page. It works on the syntax tree, where Markdig has already decoded
/// entities and backslash escapes and resolved reference links, so the address checked is the one
/// that would be written.
/// </summary>
public static class SafeLinks
{
    /// <summary>Neutralizes the refused links of <paramref name="document"/> in place and returns them, in document order.</summary>
    public static IReadOnlyList<RefusedLink> Apply(MarkdownDocument document)
    {
        var refused = new List<RefusedLink>();
        // Collected first: the tree is changed while going through them.
        foreach (var inline in document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link when !LinkSchemes.IsAllowed(url):
                    refused.Add(new RefusedLink(url, link.Line, link.IsImage));
                    Unwrap(link);
                    break;
                case AutolinkInline { Url: { } url, IsEmail: false } autolink when !LinkSchemes.IsAllowed(url):
                    refused.Add(new RefusedLink(url, autolink.Line, IsImage: false));
                    autolink.ReplaceBy(new LiteralInline(url));
                    break;
            }
        }

        return refused;
    }

    /// <summary>Puts a link's text (an image's alt text) where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
