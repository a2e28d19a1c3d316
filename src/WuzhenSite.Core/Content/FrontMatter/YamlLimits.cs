using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>
/// How much YAML front matter may hold. Real front matter is a few dozen keys a level or two
/// deep; the limits are far above that and far below what would eat the machine: YamlDotNet builds
/// its node tree recursively (100,000 nested '[' overflow the stack and kill the process), and our
/// reader copies each alias use out in full (nine levels of nine aliases, about 1 KB of text,
/// expand to 387 million values).
/// </summary>
/// <param name="MaxDepth">Lists and maps inside each other, counted through aliases.</param>
/// <param name="MaxValues">Values of every kind, each alias counted as everything it stands for.</param>
public sealed record YamlLimits(int MaxDepth = 64, int MaxValues = 10_000)
{
    /// <summary>The limits the build applies.</summary>
    public static YamlLimits Default { get; } = new();
}

/// <summary>The first place where YAML breaks a <see cref="YamlLimits"/> limit; <see cref="Line"/> and <see cref="Column"/> are 1-based within the YAML.</summary>
public sealed record YamlLimitBreach(int Line, int Column, string Message, string Fix);

/// <summary>
/// Checks YAML against <see cref="YamlLimits"/> before anything recursive or expanding sees it.
/// It reads YamlDotNet's event stream, which its parser produces without recursion (nesting is a
/// stack of states there), keeps one frame per open list or map, and stops at the first limit
/// crossed. An alias counts as the values and depth of the node its anchor names, so the check does
/// the work of the text, never of the expansion. Pure: text in, the first breach (or null) out.
/// </summary>
public static class YamlLimitCheck
{
    /// <summary>The first breach, or null when the YAML keeps within the limits (or is not valid YAML: the full parse reports that).</summary>
    public static YamlLimitBreach? FirstBreach(string yaml, YamlLimits limits)
    {
        var walk = new Walk(limits);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (walk.Visit(parser.Current!) is { } breach)
                {
                    return breach;
                }
            }
        }
        catch (YamlException)
        {
            // Everything before the syntax error kept within the limits, and the full parse stops at the same place.
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on an unclosed bracket; the full parse reports it.
        }
        catch (ArgumentException)
        {
            // YamlDotNet's parser fails this way on a tag that is not a URI ('!!['); the full parse reports it.
        }

        return null;
    }

    /// <summary>What a finished anchored node stands for wherever an alias names it.</summary>
    private readonly record struct AnchoredSize(int Values, int Depth);

    /// <summary>An open list or map: its anchor, the value count before it and the deepest level inside it.</summary>
    private sealed class Frame(AnchorName anchor, int valuesBefore, int depth)
    {
        public AnchorName Anchor { get; } = anchor;

        public int ValuesBefore { get; } = valuesBefore;

        public int Depth { get; } = depth;

        public int DeepestInside { get; set; } = depth;
    }

    private sealed class Walk(YamlLimits limits)
    {
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<AnchorName, AnchoredSize> _anchors = [];
        private int _values;
        private int _aliasesUsed;

        public YamlLimitBreach? Visit(ParsingEvent current) => current switch
        {
            DocumentStart => Reset(),
            Scalar scalar => Scalar(scalar),
            SequenceStart start => Open(start, start.Anchor),
            MappingStart start => Open(start, start.Anchor),
            SequenceEnd or MappingEnd => Close(),
            AnchorAlias alias => Alias(alias),
            _ => null,
        };

        private YamlLimitBreach? Reset()
        {
            // Anchors belong to one document.
            _anchors.Clear();
            return null;
        }

        private YamlLimitBreach? Scalar(Scalar scalar)
        {
            _values++;
            if (!scalar.Anchor.IsEmpty)
            {
                Remember(scalar.Anchor, new AnchoredSize(1, 0));
            }

            return TooMany(scalar);
        }

        private YamlLimitBreach? Open(ParsingEvent start, AnchorName anchor)
        {
            _values++;
            var depth = _open.Count + 1;
            if (depth > limits.MaxDepth)
            {
                return TooDeep(start);
            }

            if (_open.TryPeek(out var parent))
            {
                parent.DeepestInside = Math.Max(parent.DeepestInside, depth);
            }

            _open.Push(new Frame(anchor, _values - 1, depth));
            return TooMany(start);
        }

        private YamlLimitBreach? Close()
        {
            var frame = _open.Pop();
            if (_open.TryPeek(out var parent))
            {
                parent.DeepestInside = Math.Max(parent.DeepestInside, frame.DeepestInside);
            }

            if (!frame.Anchor.IsEmpty)
            {
                Remember(frame.Anchor, new AnchoredSize(_values - frame.ValuesBefore, frame.DeepestInside - frame.Depth + 1));
            }

            return null;
        }

        private YamlLimitBreach? Alias(AnchorAlias alias)
        {
            if (_open.Any(frame => frame.Anchor == alias.Value))
            {
                return Breach(alias, $"The alias '*{alias.Value}' is used inside the value its anchor '&{alias.Value}' names, so that value would contain itself without end.",
                    $"Use '*{alias.Value}' only after the value marked '&{alias.Value}' is complete, or write the value out.");
            }

            if (!_anchors.TryGetValue(alias.Value, out var size))
            {
                return Breach(alias, $"The alias '*{alias.Value}' names no anchor '&{alias.Value}' above it.",
                    $"Mark a value before it with '&{alias.Value}', or write the value out instead of the alias.");
            }

            _aliasesUsed++;
            _values += size.Values;
            var depth = _open.Count + size.Depth;
            if (depth > limits.MaxDepth)
            {
                return TooDeep(alias);
            }

            if (_open.TryPeek(out var parent))
            {
                parent.DeepestInside = Math.Max(parent.DeepestInside, depth);
            }

            return TooMany(alias);
        }

        private void Remember(AnchorName anchor, AnchoredSize size)
        {
            // A later anchor of the same name replaces the earlier one; counting the larger of the two keeps the check safe either way.
            _anchors[anchor] = _anchors.TryGetValue(anchor, out var earlier)
                ? new AnchoredSize(Math.Max(earlier.Values, size.Values), Math.Max(earlier.Depth, size.Depth))
                : size;
        }

        private YamlLimitBreach? TooMany(ParsingEvent at)
        {
            if (_values <= limits.MaxValues)
            {
                return null;
            }

            return _aliasesUsed > 0
                ? Breach(at, $"The front matter holds more than {limits.MaxValues:N0} values once its aliases (*name) are expanded; each alias counts as everything its anchor (&name) holds.",
                    $"Front matter may hold at most {limits.MaxValues:N0} values: write the values out instead of aliases of aliases, or move the data out of the front matter.")
                : Breach(at, $"The front matter holds more than {limits.MaxValues:N0} values.",
                    $"Front matter may hold at most {limits.MaxValues:N0} values: shorten the lists, or move the data out of the front matter.");
        }

        private YamlLimitBreach TooDeep(ParsingEvent at) => Breach(at,
            $"The front matter nests lists and maps more than {limits.MaxDepth} levels deep.",
            $"Front matter may nest at most {limits.MaxDepth} levels; check for '[' or '{{' that are never closed, and write deep data flatter.");

        private static YamlLimitBreach Breach(ParsingEvent at, string message, string fix) =>
            new((int)at.Start.Line, (int)at.Start.Column, message, fix);
    }
}
