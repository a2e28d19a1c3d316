using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// Keeps element ids unique on a page: a heading whose id is already taken (by the theme, by a
/// transcript turn, by an earlier heading of another part of the page) gets the first free
/// <c>-1</c>, <c>-2</c>… suffix, in document order, so the same source always gets the same ids and
/// a turn's or the layout's anchor always leads to its own element.
/// </summary>
public static class HeadingIds
{
    /// <summary>Renames the headings of <paramref name="document"/> whose ids are in <paramref name="taken"/>, and adds every heading's id to it.</summary>
    public static void MakeUnique(MarkdownDocument document, ISet<string> taken)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes() is not { Id: { Length: > 0 } id } attributes)
            {
                continue;
            }

            if (taken.Add(id))
            {
                continue;
            }

            var number = 1;
            while (!taken.Add($"{id}-{number}"))
            {
                number++;
            }

            attributes.Id = $"{id}-{number}";
        }
    }
}
