using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WuzhenSite.Content.Markdown;

/// <summary>The readable text of Markdown syntax, without markup: for summaries, reading time and search.</summary>
public static class PlainText
{
    /// <summary>The text of a block and everything inside it, paragraphs separated by newlines.</summary>
    public static string Of(MarkdownObject markdown)
    {
        var builder = new StringBuilder();
        Append(builder, markdown);
        return builder.ToString().Trim();
    }

    /// <summary>Adds the text of <paramref name="markdown"/> to <paramref name="builder"/>.</summary>
    public static void Append(StringBuilder builder, MarkdownObject markdown)
    {
        switch (markdown)
        {
            case LeafBlock { Inline: { } inline }:
                AppendInline(builder, inline);
                builder.Append('\n');
                break;
            case LeafBlock leaf:
                foreach (var line in leaf.Lines.Lines.AsSpan(0, leaf.Lines.Count))
                {
                    builder.Append(line.Slice.AsSpan()).Append('\n');
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
            case Inline inline:
                AppendInline(builder, inline);
                break;
        }
    }

    private static void AppendInline(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case FootnoteLink:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(builder, child);
                }

                break;
        }
    }
}
