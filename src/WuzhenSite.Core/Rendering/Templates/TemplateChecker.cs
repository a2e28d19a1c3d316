using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Rendering.Templates;

/// <summary>
/// Walks a parsed template for the mistakes Fluid only meets while rendering, or never reports: a filter
/// it does not know (it would be skipped, or fail on the first page), a standard filter without its
/// arguments, an include or render of a partial the theme lacks. Fluid's tree carries no positions, so
/// the position is that of the mistake's first occurrence in the source.
/// </summary>
internal sealed class TemplateChecker(string source, string file, FilterCollection filters, PartialTemplates partials) : AstVisitor
{
    // Standard filters that mean nothing without arguments (Fluid renders them as a no-op).
    private static readonly FrozenDictionary<string, int> RequiredArguments = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["append"] = 1, ["prepend"] = 1, ["replace"] = 1, ["replace_first"] = 1, ["replace_last"] = 1,
        ["remove"] = 1, ["remove_first"] = 1, ["remove_last"] = 1, ["split"] = 1, ["slice"] = 1,
        ["plus"] = 1, ["minus"] = 1, ["times"] = 1, ["divided_by"] = 1, ["modulo"] = 1,
        ["at_least"] = 1, ["at_most"] = 1, ["map"] = 1, ["where"] = 1, ["reject"] = 1, ["concat"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private Diagnostic? _problem;

    /// <summary>The first mistake found, or null.</summary>
    public Diagnostic? Check(IFluidTemplate template)
    {
        VisitTemplate(template);
        return _problem;
    }

    /// <inheritdoc />
    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        if (_problem is null)
        {
            var name = filterExpression.Name;
            if (!filters.TryGetValue(name, out _))
            {
                var suggestion = Suggest(name);
                Report(FilterPattern(name), $"Unknown filter '{name}'.",
                    suggestion is null ? "Use a filter listed in the theme README, or remove it." : $"Did you mean '{suggestion}'?");
            }
            else if (RequiredArguments.TryGetValue(name, out var required) && filterExpression.Parameters.Count < required)
            {
                Report(FilterPattern(name), $"The filter '{name}' needs an argument.", $"Write it as '| {name}: value'.");
            }
        }

        return base.VisitFilterExpression(filterExpression);
    }

    /// <inheritdoc />
    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression literal)
        {
            CheckPartial("include", literal.Value.ToStringValue());
        }

        return base.VisitIncludeStatement(includeStatement);
    }

    /// <inheritdoc />
    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        CheckPartial("render", renderStatement.Path);
        return base.VisitRenderStatement(renderStatement);
    }

    private void CheckPartial(string tag, string name)
    {
        if (_problem is not null)
        {
            return;
        }

        var pattern = $@"\{{%-?\s*{tag}\s+['""]{Regex.Escape(name)}['""]";
        var withExtension = PartialTemplates.WithExtension(name);
        if (partials.PathOf(name) is null && partials.PathOf(withExtension) is null)
        {
            Report(pattern, $"The theme has no partial '{name}'.",
                $"Add layouts/{withExtension} to the theme or the site root, or correct the name.");
            return;
        }

        // Parse and check the partial now: its own mistakes name its file.
        partials.Load(partials.PathOf(withExtension) is null ? name : withExtension);
    }

    private void Report(string pattern, string message, string fix)
    {
        var match = Regex.Match(source, pattern, RegexOptions.CultureInvariant);
        var (line, column) = match.Success ? TemplateErrors.Position(source, match.Index) : (1, 1);
        _problem = Diagnostic.Error(file, line, column, message, fix, "layout");
    }

    private static string FilterPattern(string name) => $@"\|\s*{Regex.Escape(name)}(?![\w])";

    private string? Suggest(string name)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var (known, _) in filters)
        {
            var distance = EditDistance(name, known);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(known, best) < 0))
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
