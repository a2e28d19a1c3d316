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

        var reader = new Reader(file, split, diagnostics);
        var data = FrontMatterData.Empty;
        var extra = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            if (reader.Key(keyNode) is not { } key)
            {
                continue;
            }

            var line = LineOf(split, keyNode);
            data = key switch
            {
                "title" => data with { Title = reader.String(key, value) },
                "date" => data with { Date = reader.Date(key, value), DateLine = line },
                "summary" => data with { Summary = reader.String(key, value) },
                "forums" => data with { Forums = reader.StringList(key, value) },
                "speakers" => data with { Speakers = reader.Speakers(value) },
                "tags" => data with { Tags = reader.StringList(key, value) },
                "event" => data with { Event = reader.String(key, value) },
                "author" => data with { Author = reader.String(key, value) },
                "editor" => data with { Editor = reader.String(key, value) },
                "source" => data with { Source = reader.String(key, value) },
                "location" => data with { Location = reader.String(key, value) },
                "slug" => data with { Slug = reader.String(key, value), SlugLine = line },
                "draft" => data with { Draft = reader.Boolean(key, value) },
                "publishDate" => data with { PublishDate = reader.Date(key, value) },
                "expiryDate" => data with { ExpiryDate = reader.Date(key, value) },
                "translationKey" => data with { TranslationKey = reader.String(key, value) },
                "aliases" => data with { Aliases = reader.StringList(key, value), AliasesLine = line },
                "image" => data with { Image = reader.String(key, value) },
                "imageAlt" => data with { ImageAlt = reader.String(key, value) },
                "type" => data with { Type = reader.String(key, value), TypeLine = line },
                "lang" => data with { Lang = reader.String(key, value), LangLine = line },
                "layout" => data with { Layout = reader.String(key, value) },
                "name" => data with { Name = reader.String(key, value) },
                "role" => data with { Role = reader.String(key, value) },
                "affiliation" => data with { Affiliation = reader.String(key, value) },
                "photo" => data with { Photo = reader.String(key, value) },
                "description" => data with { Description = reader.String(key, value) },
                "venue" => data with { Venue = reader.String(key, value) },
                _ => data,
            };

            if (!IsKnown(key))
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

    private static bool IsKnown(string key) => key is "title" or "date" or "summary" or "forums" or "speakers" or "tags" or "event"
        or "author" or "editor" or "source" or "location" or "slug" or "draft" or "publishDate" or "expiryDate"
        or "translationKey" or "aliases" or "image" or "imageAlt" or "type" or "lang" or "layout" or "name" or "role"
        or "affiliation" or "photo" or "description" or "venue";

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

    private static Diagnostic Error(string file, FrontMatterSplit split, YamlNode node, string message, string fix) =>
        Diagnostic.Error(file, LineOf(split, node), (int)node.Start.Column, message, fix, "front-matter");

    private static string Describe(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 ? message[(close + 3)..] : message;
    }

    /// <summary>Reads typed values from YAML nodes and reports the ones of the wrong shape.</summary>
    private sealed class Reader(string file, FrontMatterSplit split, List<Diagnostic> diagnostics)
    {
        /// <summary>The name a key node gives, or null (reported) when the key is a list or map, which no setting is called.</summary>
        public string? Key(YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value ?? "";
            }

            diagnostics.Add(Error(file, split, node, "A key must be a name, not a list or map.", "Write each setting as 'name: value'; a '?' line starts a key, so remove it or write the key as a plain name."));
            return null;
        }

        /// <summary>
        /// An unknown key's value as strings, lists and dictionaries that templates can read. The limits
        /// checked before the YAML was loaded keep it small and shallow, so recursion here is safe.
        /// </summary>
        public object? PlainValue(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    return scalar.Value;
                case YamlSequenceNode sequence:
                    return sequence.Children.Select(PlainValue).ToList();
                case YamlMappingNode mapping:
                    var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var (key, value) in mapping.Children)
                    {
                        if (Key(key) is { } name)
                        {
                            // YAML tells '!tag a' from 'a'; a template sees one name, and the later value wins.
                            dictionary[name] = PlainValue(value);
                        }
                    }

                    return dictionary;
                default:
                    return null;
            }
        }

        public string? String(string key, YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }

            diagnostics.Add(Error(file, split, node, $"'{key}' must be a single text value.", $"Write it on one line as '{key}: text'."));
            return null;
        }

        public bool Boolean(string key, YamlNode node)
        {
            var text = String(key, node);
            switch (text?.ToLowerInvariant())
            {
                case null or "false" or "no":
                    return false;
                case "true" or "yes":
                    return true;
                default:
                    diagnostics.Add(Error(file, split, node, $"'{key}' must be true or false, not '{text}'.", $"Write '{key}: true' or '{key}: false'."));
                    return false;
            }
        }

        public FrontMatterDate? Date(string key, YamlNode node)
        {
            var text = String(key, node);
            if (text is null)
            {
                return null;
            }

            var date = FrontMatterDateParser.TryParse(text);
            if (date is null)
            {
                diagnostics.Add(Error(file, split, node, $"'{key}' is '{text}', which is not a valid date.",
                    $"Write a real calendar date as 'YYYY-MM-DD' (e.g. 2021-09-27) or with time and offset (e.g. 2021-09-27T10:30:00+08:00)."));
            }

            return date;
        }

        public ImmutableArray<string> StringList(string key, YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode { Value: null or "" }:
                    return [];
                case YamlScalarNode scalar:
                    // A single value where a list is expected is what people mean by a one-item list.
                    return [scalar.Value!.Trim()];
                case YamlSequenceNode sequence:
                    var items = ImmutableArray.CreateBuilder<string>(sequence.Children.Count);
                    foreach (var child in sequence.Children)
                    {
                        if (child is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                        {
                            items.Add(value.Trim());
                        }
                        else
                        {
                            diagnostics.Add(Error(file, split, child, $"Each item of '{key}' must be a text value.", $"Write '{key}' as a list of names: [First, Second]."));
                        }
                    }

                    return items.ToImmutable();
                default:
                    diagnostics.Add(Error(file, split, node, $"'{key}' must be a list.", $"Write '{key}: [First, Second]' or one '- item' per line."));
                    return [];
            }
        }

        public ImmutableArray<SpeakerReference> Speakers(YamlNode node)
        {
            if (node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                diagnostics.Add(Error(file, split, node, "'speakers' must be a list.", "Write one '- Name' or '- {name: Name, role: Role}' per line."));
                return [];
            }

            var speakers = ImmutableArray.CreateBuilder<SpeakerReference>(sequence.Children.Count);
            foreach (var child in sequence.Children)
            {
                var line = LineOf(split, child);
                switch (child)
                {
                    case YamlScalarNode { Value: { } name } when !string.IsNullOrWhiteSpace(name):
                        speakers.Add(new SpeakerReference(name.Trim(), null, line));
                        break;
                    case YamlMappingNode mapping:
                        string? speakerName = null, role = null;
                        foreach (var (k, v) in mapping.Children)
                        {
                            var keyName = Key(k);
                            switch (keyName)
                            {
                                case null: break;
                                case "name": speakerName = String("name", v); break;
                                case "role": role = String("role", v); break;
                                default:
                                    diagnostics.Add(Error(file, split, k, $"A speaker has the unknown key '{keyName}'.", "A speaker takes only 'name' and 'role'."));
                                    break;
                            }
                        }

                        if (speakerName is null)
                        {
                            diagnostics.Add(Error(file, split, child, "A speaker has no 'name'.", "Write it as {name: Full Name, role: Role}."));
                        }
                        else
                        {
                            speakers.Add(new SpeakerReference(speakerName, role, line));
                        }

                        break;
                    default:
                        diagnostics.Add(Error(file, split, child, "Each speaker must be a name or {name, role}.", "Write '- Full Name' or '- {name: Full Name, role: Role}'."));
                        break;
                }
            }

            return speakers.ToImmutable();
        }
    }
}
