using System.Collections.Frozen;
using WuzhenSite.Liquid.Syntax;

namespace WuzhenSite.Liquid.Parsing;

/// <summary>
/// Builds the node tree from the token stream. Block tags (if, for, case, capture…) parse their bodies
/// recursively until one of their delimiter tags (elsif/else/endif…) appears; anything else out of place,
/// an unknown tag, or a block left open is an error naming the position and what was expected.
/// </summary>
internal sealed partial class TemplateParser
{
    private static readonly string[] KnownTags =
    [
        "if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor",
        "break", "continue", "assign", "capture", "endcapture", "increment", "decrement", "cycle",
        "include", "render", "echo", "comment", "endcomment", "raw", "endraw",
    ];

    /// <summary>Tags that only make sense inside a block, mapped to the blocks that accept them.</summary>
    private static readonly FrozenDictionary<string, string> Delimiters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["elsif"] = "an 'if' or 'unless' block",
        ["else"] = "an 'if', 'unless', 'case' or 'for' block",
        ["when"] = "a 'case' block",
        ["endif"] = "an 'if' block",
        ["endunless"] = "an 'unless' block",
        ["endcase"] = "a 'case' block",
        ["endfor"] = "a 'for' block",
        ["endcapture"] = "a 'capture' block",
        ["endcomment"] = "a 'comment' block",
        ["endraw"] = "a 'raw' block",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string _source;
    private readonly LineMap _map;
    private readonly List<TemplateToken> _tokens;
    private int _index;

    public TemplateParser(string source, string fileName)
    {
        _source = source;
        _map = new LineMap(source, fileName);
        _tokens = TemplateLexer.Tokenize(source, _map);
    }

    public Node[] ParseTemplate() => ParseBody(null, out _);

    /// <summary>
    /// Parses nodes until a tag in <paramref name="block"/>'s terminators (returned in <paramref name="terminator"/>),
    /// or the end of the template when <paramref name="block"/> is null.
    /// </summary>
    private Node[] ParseBody(OpenBlock? block, out Tag terminator)
    {
        var nodes = new List<Node>();
        while (_index < _tokens.Count)
        {
            var token = _tokens[_index++];
            switch (token.Kind)
            {
                case TemplateTokenKind.Text or TemplateTokenKind.Raw:
                    AddText(nodes, token);
                    break;
                case TemplateTokenKind.Comment:
                    break;
                case TemplateTokenKind.Output:
                    var parser = new ExpressionParser(_source, token.Start, token.End, _map);
                    if (!parser.AtEnd)
                    {
                        var expression = parser.ParseFilteredExpression();
                        parser.ExpectEnd("a filter ('|') or '}}'");
                        nodes.Add(new OutputNode(Locate(token), expression));
                    }

                    break;
                default:
                    var tag = ReadTag(token);
                    if (block is not null && Array.IndexOf(block.Terminators, tag.Name) >= 0)
                    {
                        terminator = tag;
                        return [.. nodes];
                    }

                    nodes.Add(ParseTag(tag, block));
                    break;
            }
        }

        if (block is not null)
        {
            var opened = block.Opener;
            throw _map.Error(opened.Token.DelimiterStart,
                $"The '{opened.Name}' tag is never closed; expected {Describe(block.Terminators)} before the end of the template.");
        }

        terminator = default;
        return [.. nodes];
    }

    private void AddText(List<Node> nodes, TemplateToken token)
    {
        if (token.End <= token.Start)
        {
            return;
        }

        // Merge with preceding text (e.g. around a comment) so rendering makes one write instead of two.
        if (nodes.Count > 0 && nodes[^1] is TextNode previous)
        {
            nodes[^1] = new TextNode(previous.Location, previous.Text + _source[token.Start..token.End]);
            return;
        }

        nodes.Add(new TextNode(Locate(token), _source[token.Start..token.End]));
    }

    private Tag ReadTag(TemplateToken token)
    {
        var nameStart = TemplateLexer.SkipWhitespace(_source, token.Start, token.End);
        var name = TemplateLexer.TagName(_source, token.Start, token.End);
        if (name.Length == 0)
        {
            throw _map.Error(token.DelimiterStart, nameStart >= token.End
                ? "Empty tag; expected a tag name such as 'if', 'for' or 'assign'."
                : $"Expected a tag name after '{{%' but found '{_source[nameStart]}'.");
        }

        return new Tag(name, token, nameStart + name.Length);
    }

    private Node ParseTag(Tag tag, OpenBlock? block)
    {
        switch (tag.Name)
        {
            case "if":
                return ParseIf(tag, negate: false);
            case "unless":
                return ParseIf(tag, negate: true);
            case "case":
                return ParseCase(tag);
            case "for":
                return ParseFor(tag);
            case "break":
                ExpectNoArguments(tag);
                return new LoopControlNode(Locate(tag.Token), Completion.Break);
            case "continue":
                ExpectNoArguments(tag);
                return new LoopControlNode(Locate(tag.Token), Completion.Continue);
            case "assign":
                return ParseAssign(tag);
            case "capture":
                return ParseCapture(tag);
            case "increment" or "decrement":
                return ParseCounter(tag);
            case "cycle":
                return ParseCycle(tag);
            case "include" or "render":
                return ParsePartial(tag);
            case "echo":
                return ParseEcho(tag);
        }

        if (Delimiters.TryGetValue(tag.Name, out var container))
        {
            throw _map.Error(tag.Token.DelimiterStart, block is null
                ? $"Unexpected '{{% {tag.Name} %}}': it is only valid inside {container}, and none is open."
                : $"Unexpected '{{% {tag.Name} %}}' inside the '{block.Opener.Name}' block opened at line {Locate(block.Opener.Token).Line}, column {Locate(block.Opener.Token).Column}; expected {Describe(block.Terminators)}.");
        }

        var suggestion = Suggest(tag.Name);
        throw _map.Error(tag.Token.DelimiterStart, suggestion is null
            ? $"Unknown tag '{tag.Name}'."
            : $"Unknown tag '{tag.Name}'; did you mean '{suggestion}'?");
    }

    private ExpressionParser Arguments(Tag tag) => new(_source, tag.ArgumentsStart, tag.Token.End, _map);

    private void ExpectNoArguments(Tag tag)
    {
        var parser = Arguments(tag);
        if (!parser.AtEnd)
        {
            var hint = tag.Name == "else" && parser.Current.IsIdentifier("if") ? " (did you mean 'elsif'?)" : string.Empty;
            throw parser.Error(parser.Current, $"The '{tag.Name}' tag takes no arguments; found {parser.Current.Describe()}{hint}.");
        }
    }

    private SourceLocation Locate(TemplateToken token) => _map.Locate(token.DelimiterStart);

    private static string Describe(string[] tags) => tags.Length switch
    {
        1 => $"'{{% {tags[0]} %}}'",
        _ => string.Join(", ", tags[..^1].Select(t => $"'{{% {t} %}}'")) + $" or '{{% {tags[^1]} %}}'",
    };

    /// <summary>The closest known tag name within two edits, for "did you mean".</summary>
    private static string? Suggest(string name)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var known in KnownTags)
        {
            var distance = EditDistance.Compute(name, known);
            if (distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A tag token with its name read: arguments start after the name.</summary>
    private readonly record struct Tag(string Name, TemplateToken Token, int ArgumentsStart);

    /// <summary>A block being parsed: the tag that opened it and the delimiter tags that may end its current body.</summary>
    private sealed record OpenBlock(Tag Opener, string[] Terminators);
}
