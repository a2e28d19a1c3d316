using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// Numbers footnotes on across the parts of one page. A transcript's introduction and each turn are
/// parsed on their own, so Markdig would start every part at footnote 1 and write <c>fn:1</c> and
/// <c>fnref:1</c> ids twice on the page; numbered on, each id is unique and each footnote link
/// leads to its own note, and the reader sees one sequence of notes, as in a single document.
/// </summary>
public sealed class FootnoteNumbers
{
    private int _footnotes;
    private int _links;

    /// <summary>Shifts the footnotes and footnote links of <paramref name="document"/> past those of the parts before it.</summary>
    public void Continue(MarkdownDocument document)
    {
        int lastFootnote = _footnotes, lastLink = _links;
        foreach (var footnote in document.Descendants<Footnote>())
        {
            footnote.Order += _footnotes;
            lastFootnote = Math.Max(lastFootnote, footnote.Order);
        }

        foreach (var link in document.Descendants<FootnoteLink>())
        {
            link.Index += _links;
            lastLink = Math.Max(lastLink, link.Index);
        }

        _footnotes = lastFootnote;
        _links = lastLink;
    }
}
