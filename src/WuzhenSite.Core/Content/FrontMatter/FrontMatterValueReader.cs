using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>
/// Reads typed values from YAML nodes, one method per <see cref="FrontMatterShape"/>, and reports the
/// ones of the wrong shape with their line and column.
/// </summary>
internal sealed class FrontMatterValueReader(string file, FrontMatterSplit split, List<Diagnostic> diagnostics)
{
    /// <summary>The name a key node gives, or null (reported) when the key is a list or map, which no setting is called.</summary>
    public string? Key(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        diagnostics.Add(FrontMatterParser.Error(file, split, node, "A key must be a name, not a list or map.", "Write each setting as 'name: value'; a '?' line starts a key, so remove it or write the key as a plain name."));
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

        diagnostics.Add(FrontMatterParser.Error(file, split, node, $"'{key}' must be a single text value.", $"Write it on one line as '{key}: text'."));
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
                diagnostics.Add(FrontMatterParser.Error(file, split, node, $"'{key}' must be true or false, not '{text}'.", $"Write '{key}: true' or '{key}: false'."));
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
            diagnostics.Add(FrontMatterParser.Error(file, split, node, $"'{key}' is '{text}', which is not a valid date.",
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
                        diagnostics.Add(FrontMatterParser.Error(file, split, child, $"Each item of '{key}' must be a text value.", $"Write '{key}' as a list of names: [First, Second]."));
                    }
                }

                return items.ToImmutable();
            default:
                diagnostics.Add(FrontMatterParser.Error(file, split, node, $"'{key}' must be a list.", $"Write '{key}: [First, Second]' or one '- item' per line."));
                return [];
        }
    }

    public ImmutableArray<SpeakerReference> Speakers(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(FrontMatterParser.Error(file, split, node, $"'{key}' must be a list.", "Write one '- Name' or '- {name: Name, role: Role}' per line."));
            return [];
        }

        var speakers = ImmutableArray.CreateBuilder<SpeakerReference>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            var line = FrontMatterParser.LineOf(split, child);
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
                                diagnostics.Add(FrontMatterParser.Error(file, split, k, $"A speaker has the unknown key '{keyName}'.", "A speaker takes only 'name' and 'role'."));
                                break;
                        }
                    }

                    if (speakerName is null)
                    {
                        diagnostics.Add(FrontMatterParser.Error(file, split, child, "A speaker has no 'name'.", "Write it as {name: Full Name, role: Role}."));
                    }
                    else
                    {
                        speakers.Add(new SpeakerReference(speakerName, role, line));
                    }

                    break;
                default:
                    diagnostics.Add(FrontMatterParser.Error(file, split, child, "Each speaker must be a name or {name, role}.", "Write '- Full Name' or '- {name: Full Name, role: Role}'."));
                    break;
            }
        }

        return speakers.ToImmutable();
    }

    public ImmutableArray<CorrectionNote> Corrections(string key, YamlNode node)
    {
        const string Example = "- {date: 2021-09-28, note: What was corrected and why}";
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(FrontMatterParser.Error(file, split, node, $"'{key}' must be a list.", $"Write one '{Example}' per line under '{key}:'."));
            return [];
        }

        var corrections = ImmutableArray.CreateBuilder<CorrectionNote>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode mapping)
            {
                diagnostics.Add(FrontMatterParser.Error(file, split, child, "Each correction must have a 'date' and a 'note'.", $"Write it as '{Example}'."));
                continue;
            }

            FrontMatterDate? date = null;
            string? note = null;
            bool dateWritten = false;
            foreach (var (k, v) in mapping.Children)
            {
                var keyName = Key(k);
                switch (keyName)
                {
                    case null: break;
                    case "date": dateWritten = v is not YamlScalarNode { Value: null or "" }; date = Date("date", v); break;
                    case "note": note = String("note", v); break;
                    default:
                        diagnostics.Add(FrontMatterParser.Error(file, split, k, $"A correction has the unknown key '{keyName}'.", "A correction takes only 'date' and 'note'."));
                        break;
                }
            }

            // A date written but not valid is already reported by Date(); only a missing one is reported here.
            if (date is null && !dateWritten)
            {
                diagnostics.Add(FrontMatterParser.Error(file, split, child, "A correction has no 'date'.",
                    $"Add the day it was corrected, as in '{Example}'."));
            }

            if (note is null)
            {
                diagnostics.Add(FrontMatterParser.Error(file, split, child, "A correction has no 'note'.",
                    $"Say what was corrected, as in '{Example}'."));
            }

            if (date is { } day && note is not null)
            {
                corrections.Add(new CorrectionNote(day, note, FrontMatterParser.LineOf(split, child)));
            }
        }

        return corrections.ToImmutable();
    }
}
