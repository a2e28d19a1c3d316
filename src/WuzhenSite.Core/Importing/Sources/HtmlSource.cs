using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WuzhenSite.Importing.Sources;

/// <summary>
/// A saved web page, read with AngleSharp: each block's text (paragraphs, headings, list items,
/// table cells; a <c>br</c> starts a new line) is one <see cref="SourceLine"/> numbered by the HTML
/// line it starts on. Scripts, styles, navigation, headers, footers and forms are left out; when the
/// page marks its text with <c>main</c> or a single <c>article</c>, only that is read (with the
/// page's <c>h1</c>, wherever it is).
/// </summary>
public static class HtmlSource
{
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "iframe", "svg", "head", "title",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th",
        "section", "article", "main", "figure", "figcaption", "address", "hr", "body", "center",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lines of the page's text.</summary>
    public static IReadOnlyList<SourceLine> Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var body = document.Body;
        if (body is null)
        {
            return [];
        }

        var articles = body.QuerySelectorAll("article");
        var root = body.QuerySelector("main") ?? (articles.Length == 1 ? articles[0] : body);
        var reader = new Reader();
        if (root != body && body.QuerySelector("h1") is { } heading && !root.Contains(heading))
        {
            reader.Walk(heading, bold: false);
            reader.Flush();
        }

        reader.Walk(root, bold: false);
        reader.Flush();
        return reader.Lines;
    }

    private sealed class Reader
    {
        private readonly List<(string Text, bool Bold)> _pieces = [];
        private int _line = 1;
        private bool _heading;

        public List<SourceLine> Lines { get; } = [];

        public void Walk(INode node, bool bold)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    _pieces.Add((text.Data, bold));
                    continue;
                }

                if (child is not IElement element || Skipped.Contains(element.LocalName))
                {
                    continue;
                }

                var line = element.SourceReference?.Position.Line ?? _line;
                if (element.LocalName == "br")
                {
                    Flush();
                    _line = line;
                    continue;
                }

                var isBlock = Blocks.Contains(element.LocalName);
                if (isBlock)
                {
                    Flush();
                    _line = line;
                    _heading = element.LocalName == "h1";
                }
                else if (_pieces.All(p => p.Text.Trim().Length == 0))
                {
                    _line = line; // the line starts with this element
                }

                Walk(element, bold || IsBold(element));
                if (isBlock)
                {
                    Flush();
                }
            }
        }

        public void Flush()
        {
            if (StyledLine.From(_line, _pieces, _heading) is { } line)
            {
                Lines.Add(line);
            }

            _pieces.Clear();
            _heading = false;
        }

        // <b>, <strong>, and the inline styles Word and editors export (font-weight: bold or 600 and up).
        private static bool IsBold(IElement element)
        {
            if (element.LocalName is "b" or "strong")
            {
                return true;
            }

            var style = element.GetAttribute("style");
            if (style is null)
            {
                return false;
            }

            foreach (var declaration in style.Split(';'))
            {
                var parts = declaration.Split(':', 2);
                if (parts.Length == 2 && parts[0].Trim().Equals("font-weight", StringComparison.OrdinalIgnoreCase))
                {
                    var value = parts[1].Trim();
                    return value.Equals("bold", StringComparison.OrdinalIgnoreCase) || value.Equals("bolder", StringComparison.OrdinalIgnoreCase)
                        || (int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight >= 600);
                }
            }

            return false;
        }
    }
}
