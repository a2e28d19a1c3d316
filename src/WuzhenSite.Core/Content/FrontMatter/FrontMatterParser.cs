using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>
/// Turns front matter YAML into <see cref="FrontMatterData"/>. Pure: text in, data and diagnostics
/// out. Every problem is reported with its line and column in the source file, and parsing goes on
/// past a bad key so that one run shows them all. The YAML is checked against
/// <see cref="YamlLimits"/> first, so no text can nest or expand past what the machine can hold.
/// Which keys it knows, and how each is read, it takes from <see cref="FrontMatterData.KnownKeys"/>;
/// any other key is kept as written, in <see cref="FrontMatterData.Extra"/>.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>Parses the YAML of <paramref name="split"/>; <paramref name="file"/> names the source in diagnostics.</summary>
    public static (FrontMatterData Data, IReadOnlyList<Diagnostic> Diagnostics) Parse(FrontMatterSplit split, string file)
    {
        var diagnostics = new List<Diagnostic>();
        if (YamlLimitCheck.FirstBreach(split.Yaml, YamlLimits.Default) is { } breach)
        {
            diagnostics.Add(Diagnostic.Error(file, breach.Line + split.YamlStartLine - 1, breach.Column, breach.Message, breach.Fix, "yaml"));
            return (FrontMatterData.Empty, diagnostics);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(split.Yaml));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(SyntaxError(file, split, exception));
            return (FrontMatterData.Empty, diagnostics);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a position) on an unclosed [ or {.
            diagnostics.Add(UnclosedBracket(file, split, UnclosedBracketLine(split.Yaml)));
            return (FrontMatterData.Empty, diagnostics);
        }
        catch (ArgumentException)
        {
            // YamlDotNet refuses some invalid text this way, without a position: its parser a tag that is not
            // a URI ('!![') and its tree builder a map that ends on a key (' : -:'), where the parser alone
            // goes on to report the mistake.
            diagnostics.Add(ParserFailure(file, split));
            return (FrontMatterData.Empty, diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (FrontMatterData.Empty, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Add(Error(file, split, node, "The front matter must be a list of 'key: value' lines.", "Write each setting as 'key: value'."));
            return (FrontMatterData.Empty, diagnostics);
        }

        var reader = new FrontMatterValueReader(file, split, diagnostics);
        var data = FrontMatterData.Empty;
        var extra = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            if (reader.Key(keyNode) is not { } key)
            {
                continue;
            }

            if (FrontMatterData.KnownKeysByName.TryGetValue(key, out var known))
            {
                data = known.Read(data, reader, value, LineOf(split, keyNode));
            }
            else
            {
                extra[key] = reader.PlainValue(value);
            }
        }

        return (data with { Extra = extra.ToImmutable() }, diagnostics);
    }

    private const string SyntaxFix = "Check the indentation and quoting on that line; quote values that contain ': ' or start with a special character.";

    private static Diagnostic SyntaxError(string file, FrontMatterSplit split, YamlException exception)
    {
        // An error found only where the text ends is about its last line, not the closing fence after it.
        var lastLine = split.Yaml.TrimEnd().Split('\n').Length;
        var line = (int)Math.Min(exception.Start.Line, lastLine) + split.YamlStartLine - 1;
        var bracketLine = UnclosedBracketLine(split.Yaml);
        if (bracketLine > 0 && bracketLine + split.YamlStartLine - 1 < line)
        {
            // The parser notices an unclosed [ or { only where the text ends; the mistake is where it opened.
            return UnclosedBracket(file, split, bracketLine);
        }

        var column = exception.Start.Line > lastLine ? 1 : (int)exception.Start.Column;
        return Diagnostic.Error(file, line, column, $"The front matter is not valid YAML: {Describe(exception)}", SyntaxFix, "yaml");
    }

    private static Diagnostic UnclosedBracket(string file, FrontMatterSplit split, int bracketLine) =>
        Diagnostic.Error(file, bracketLine > 0 ? bracketLine + split.YamlStartLine - 1 : split.YamlStartLine, 1,
            "The front matter is not valid YAML: a '[' or '{' list is not closed.",
            "Close the list on the same line, e.g. 'tags: [one, two]', or write one '- item' per line.", "yaml");

    /// <summary>What YamlDotNet's event parser says is wrong with text its tree builder refused, with the best position it gives.</summary>
    private static Diagnostic ParserFailure(string file, FrontMatterSplit split)
    {
        var parser = new Parser(new StringReader(split.Yaml));
        try
        {
            while (parser.MoveNext())
            {
            }
        }
        catch (YamlException exception)
        {
            return SyntaxError(file, split, exception);
        }
        catch (InvalidOperationException)
        {
            return UnclosedBracket(file, split, UnclosedBracketLine(split.Yaml));
        }
        catch (ArgumentException exception)
        {
            // No position comes with it; the mistake is a tag after the last event the parser read.
            var near = FirstTagAfter(split.Yaml, parser.Current?.End ?? Mark.Empty);
            var message = exception.Message.Split(" (Parameter", 2)[0];
            return Diagnostic.Error(file, (int)Math.Max(1, near.Line) + split.YamlStartLine - 1, (int)Math.Max(1, near.Column),
                $"The front matter is not valid YAML: {message}", SyntaxFix, "yaml");
        }

        return Diagnostic.Error(file, split.YamlStartLine, 1, "The front matter is not valid YAML.", SyntaxFix, "yaml");
    }

    /// <summary>Where the first tag ('!name') after <paramref name="after"/> starts, or <paramref name="after"/> when none follows.</summary>
    private static Mark FirstTagAfter(string yaml, Mark after)
    {
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Tag tag && tag.Start.Index >= after.Index)
                {
                    return tag.Start;
                }
            }
        }
        catch (YamlException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return after;
    }

    /// <summary>The 1-based line of the YAML where a flow list or map opens without closing, or 0.</summary>
    private static int UnclosedBracketLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            char? quote = null;
            foreach (var c in lines[i])
            {
                if (quote is not null)
                {
                    quote = c == quote ? null : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c is '[' or '{')
                {
                    depth++;
                }
                else if (c is ']' or '}')
                {
                    depth--;
                }
            }

            if (depth > 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    internal static int LineOf(FrontMatterSplit split, YamlNode node) => (int)node.Start.Line + split.YamlStartLine - 1;

    internal static Diagnostic Error(string file, FrontMatterSplit split, YamlNode node, string message, string fix) =>
        Diagnostic.Error(file, LineOf(split, node), (int)node.Start.Column, message, fix, "front-matter");

    private static string Describe(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 ? message[(close + 3)..] : message;
    }
}
