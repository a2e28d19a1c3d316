using System.Text;
using WuzhenSite.Content.Figures;

namespace WuzhenSite.Images.Markup;

/// <summary>
/// The markup of a photo that does not make the page jump: a <c>picture</c> with the modern
/// formats as <c>source</c>s and an <c>img</c> fallback with its width and height, lazy unless it is
/// the page's lead image; a <c>figure</c> adds the caption and credit, a gallery is a list of them.
/// </summary>
public static class FigureHtml
{
    /// <summary>How wide an image in the text column is shown (the theme's column is 44rem at most).</summary>
    public const string ColumnSizes = "(min-width: 48rem) 44rem, 100vw";

    /// <summary>How wide a gallery's photo is shown: 14rem columns on wide screens, two to a row on small tablets, one on phones (the theme's grid).</summary>
    public const string GallerySizes = "(min-width: 48rem) 14rem, (min-width: 32rem) 50vw, 100vw";

    /// <summary>The <c>picture</c> (or, for an image not processed, the <c>img</c>) alone, as inside running text.</summary>
    public static string Picture(Figure figure)
    {
        var html = new StringBuilder(512);
        AppendPicture(html, figure);
        return html.ToString();
    }

    /// <summary>The figure: picture, then caption and credit when there are any.</summary>
    public static string Figure(Figure figure, string className = "figure")
    {
        var html = new StringBuilder(1024);
        html.Append("<figure class=\"").Append(className).Append("\">");
        AppendPicture(html, figure);
        AppendCaption(html, figure);
        return html.Append("</figure>").ToString();
    }

    /// <summary>A gallery: a labelled list of figures, each photo a link to its largest size, so keyboard users can open it.</summary>
    public static string Gallery(IEnumerable<Figure> figures, string label)
    {
        var html = new StringBuilder(4096);
        html.Append("<ul class=\"gallery\" role=\"list\" aria-label=\"");
        Encode(html, label);
        html.Append("\">\n");
        foreach (var figure in figures)
        {
            html.Append("<li class=\"gallery__item\"><figure class=\"figure figure--gallery\">");
            html.Append("<a class=\"gallery__link\" href=\"");
            Encode(html, figure.Largest.Length > 0 ? figure.Largest : figure.Src);
            html.Append("\">");
            AppendPicture(html, figure);
            html.Append("</a>");
            AppendCaption(html, figure);
            html.Append("</figure></li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static void AppendPicture(StringBuilder html, Figure figure)
    {
        var processed = figure.Srcset.Length > 0;
        if (processed)
        {
            html.Append("<picture>");
            foreach (var source in figure.Sources)
            {
                html.Append("<source type=\"").Append(source.MediaType).Append("\" srcset=\"");
                Encode(html, source.Srcset);
                html.Append("\" sizes=\"").Append(figure.Sizes).Append("\">");
            }
        }

        html.Append("<img src=\"");
        Encode(html, figure.Src);
        html.Append('"');
        if (processed)
        {
            html.Append(" srcset=\"");
            Encode(html, figure.Srcset);
            html.Append("\" sizes=\"").Append(figure.Sizes).Append('"');
        }

        if (figure.Width > 0 && figure.Height > 0)
        {
            html.Append(" width=\"").Append(figure.Width).Append("\" height=\"").Append(figure.Height).Append('"');
        }

        html.Append(" alt=\"");
        Encode(html, figure.Alt);
        html.Append(figure.Lead ? "\" fetchpriority=\"high\" decoding=\"async\">" : "\" loading=\"lazy\" decoding=\"async\">");
        if (processed)
        {
            html.Append("</picture>");
        }
    }

    private static void AppendCaption(StringBuilder html, Figure figure)
    {
        if (figure.Caption is null && figure.Credit is null)
        {
            return;
        }

        html.Append("<figcaption>");
        if (figure.Caption is { } caption)
        {
            html.Append("<span class=\"figure__caption\">");
            Encode(html, caption);
            html.Append("</span>");
        }

        if (figure.Credit is { } credit)
        {
            html.Append(figure.Caption is null ? "" : " ").Append("<span class=\"figure__credit\">");
            Encode(html, credit);
            html.Append("</span>");
        }

        html.Append("</figcaption>");
    }

    /// <summary>Escapes the five characters HTML gives meaning to, and leaves every other character (Chinese among them) as written.</summary>
    private static void Encode(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
