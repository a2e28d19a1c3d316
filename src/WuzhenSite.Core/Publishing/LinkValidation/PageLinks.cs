using System.Collections.Frozen;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

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

    /// <summary>
    /// Reads a page with AngleSharp's HTML tokenizer: the standard's rules for attributes, entities and
    /// raw-text elements, without building a DOM (a build checks thousands of pages).
    /// </summary>
    public static PageLinks Scan(string html)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipDataText = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
        };

        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
            {
                continue;
            }

            foreach (var attribute in tag.Attributes)
            {
                if (attribute.Name is "id" || (attribute.Name is "name" && tag.Name is "a"))
                {
                    ids.Add(attribute.Value);
                }
            }

            if (LinkAttributeByTag.TryGetValue(tag.Name, out var linkAttribute) && tag.GetAttribute(linkAttribute) is { Length: > 0 } link)
            {
                links.Add(link);
            }

            // What follows these start tags is text, not markup: the tokenizer must be told, as a tree builder would.
            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return new PageLinks(links, ids);
    }
}
