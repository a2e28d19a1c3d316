using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WuzhenSite.Content.Markdown;

/// <summary>The readable text of Markdown syntax, without markup: for summaries, reading time and search.</summary>
public static class PlainText
{
    // One builder per thread, reused: every page and every transcript turn is turned into text, and a
    // fresh builder grew chunk by chunk to each text's size before being copied and dropped.
    [ThreadStatic]
    private static StringBuilder? _cachedBuilder;

    /// <summary>The text of a block and everything inside it, paragraphs separated by newlines.</summary>
    public static string Of(MarkdownObject markdown)
    {
        var builder = _cachedBuilder ?? new StringBuilder(4096);
        _cachedBuilder = null;
        try
        {
            Append(builder, markdown);
            return Trimmed(builder);
        }
        finally
        {
            builder.Clear();
            _cachedBuilder = builder;
        }
    }

    /// <summary>The builder's text without leading and trailing white space, copied once.</summary>
    private static string Trimmed(StringBuilder builder)
    {
        int start = 0, end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
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
