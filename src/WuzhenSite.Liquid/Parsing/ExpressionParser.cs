using System.Globalization;
using WuzhenSite.Liquid.Filters;
using WuzhenSite.Liquid.Rendering;
using WuzhenSite.Liquid.Syntax;

namespace WuzhenSite.Liquid.Parsing;

/// <summary>
/// Recursive-descent parser for the markup of one tag or output: values, variable paths, ranges, filter
/// chains and conditions. Errors point at the offending token and say what was expected there.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<MarkupToken> _tokens;
    private readonly LineMap _map;
    private int _position;

    public ExpressionParser(string source, int start, int end, LineMap map)
    {
        _map = map;
        _tokens = MarkupLexer.Tokenize(source, start, end, map);
    }

    public MarkupToken Current => _tokens[_position];

    public bool AtEnd => Current.Kind == MarkupTokenKind.End;

    public MarkupToken Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    public MarkupToken Advance()
    {
        var token = Current;
        if (token.Kind != MarkupTokenKind.End)
        {
            _position++;
        }

        return token;
    }

    public bool TryConsume(MarkupTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    public bool TryConsumeWord(string word)
    {
        if (!Current.IsIdentifier(word))
        {
            return false;
        }

        Advance();
        return true;
    }

    public MarkupToken Expect(MarkupTokenKind kind, string expected) =>
        Current.Kind == kind ? Advance() : throw Error(Current, $"Expected {expected} but found {Current.Describe()}.");

    public string ExpectIdentifier(string expected) => Expect(MarkupTokenKind.Identifier, expected).Text;

    /// <summary>Fails unless all markup was consumed; <paramref name="expected"/> says what could have come instead.</summary>
    public void ExpectEnd(string expected)
    {
        if (!AtEnd)
        {
            throw Error(Current, $"Unexpected {Current.Describe()}; expected {expected}.");
        }
    }

    public LiquidException Error(MarkupToken at, string reason) => _map.Error(at.Start, reason);

    /// <summary><c>value | filter: arg, name: arg | filter</c>.</summary>
    public Expression ParseFilteredExpression()
    {
        var input = ParseValue();
        if (Current.Kind != MarkupTokenKind.Pipe)
        {
            return input;
        }

        var filters = new List<FilterCall>();
        while (TryConsume(MarkupTokenKind.Pipe))
        {
            filters.Add(ParseFilter());
        }

        return new FilteredExpression(input, [.. filters]);
    }

    /// <summary>A literal, a variable path or a range.</summary>
    public Expression ParseValue()
    {
        var token = Current;
        switch (token.Kind)
        {
            case MarkupTokenKind.String:
                Advance();
                return new LiteralExpression(token.Text);
            case MarkupTokenKind.Integer:
                Advance();
                return new LiteralExpression(long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? BoxCache.Integer(integer)
                    : double.Parse(token.Text, CultureInfo.InvariantCulture));
            case MarkupTokenKind.Float:
                Advance();
                return new LiteralExpression(double.Parse(token.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case MarkupTokenKind.OpenParen:
                return ParseRange();
            case MarkupTokenKind.OpenBracket:
                return ParseVariable();
            case MarkupTokenKind.Identifier:
                switch (token.Text)
                {
                    case "true": Advance(); return new LiteralExpression(BoxCache.True);
                    case "false": Advance(); return new LiteralExpression(BoxCache.False);
                    case "nil" or "null": Advance(); return LiteralExpression.Nil;
                    case "empty": Advance(); return new LiteralExpression(SpecialValue.Empty);
                    case "blank": Advance(); return new LiteralExpression(SpecialValue.Blank);
                    default: return ParseVariable();
                }

            default:
                throw Error(token, $"Expected a value (a variable, string, number or range) but found {token.Describe()}.");
        }
    }

    /// <summary>Conditions of if/elsif/unless: comparisons joined by and/or, grouped right to left as in Liquid.</summary>
    public Condition ParseCondition()
    {
        if (AtEnd)
        {
            throw Error(Current, "Expected a condition (e.g. 'page.draft' or 'x == 1') but found the end of the tag.");
        }

        var operands = new List<Condition> { ParseComparison() };
        var operators = new List<bool>();
        while (Current.IsIdentifier("and") || Current.IsIdentifier("or"))
        {
            operators.Add(Advance().Text == "and");
            operands.Add(ParseComparison());
        }

        var condition = operands[^1];
        for (var i = operators.Count - 1; i >= 0; i--)
        {
            condition = operators[i] ? new AndCondition(operands[i], condition) : new OrCondition(operands[i], condition);
        }

        return condition;
    }

    private Condition ParseComparison()
    {
        var left = ParseValue();
        ComparisonOperator op;
        switch (Current.Kind)
        {
            case MarkupTokenKind.Equal: op = ComparisonOperator.Equal; break;
            case MarkupTokenKind.NotEqual: op = ComparisonOperator.NotEqual; break;
            case MarkupTokenKind.Less: op = ComparisonOperator.Less; break;
            case MarkupTokenKind.Greater: op = ComparisonOperator.Greater; break;
            case MarkupTokenKind.LessOrEqual: op = ComparisonOperator.LessOrEqual; break;
            case MarkupTokenKind.GreaterOrEqual: op = ComparisonOperator.GreaterOrEqual; break;
            case MarkupTokenKind.Identifier when Current.Text == "contains": op = ComparisonOperator.Contains; break;
            case MarkupTokenKind.Pipe:
                throw Error(Current, "Filters are not allowed in conditions; assign the filtered value to a variable first.");
            case MarkupTokenKind.Assign:
                throw Error(Current, "Unexpected '='; use '==' to compare.");
            default:
                return new TruthyCondition(left);
        }

        Advance();
        return new ComparisonCondition(left, op, ParseValue());
    }

    private Expression ParseRange()
    {
        Expect(MarkupTokenKind.OpenParen, "'('");
        var start = ParseValue();
        Expect(MarkupTokenKind.Range, "'..' in a range such as (1..5)");
        var end = ParseValue();
        Expect(MarkupTokenKind.CloseParen, "')' to close the range");
        return new RangeExpression(start, end);
    }

    private VariableExpression ParseVariable()
    {
        string? rootName = null;
        Expression? rootIndex = null;
        if (TryConsume(MarkupTokenKind.OpenBracket))
        {
            rootIndex = ParseValue();
            Expect(MarkupTokenKind.CloseBracket, "']'");
        }
        else
        {
            rootName = ExpectIdentifier("a variable name");
        }

        List<PathSegment>? segments = null;
        while (true)
        {
            if (TryConsume(MarkupTokenKind.Dot))
            {
                (segments ??= []).Add(new PathSegment(ExpectIdentifier("a member name after '.'"), null));
            }
            else if (TryConsume(MarkupTokenKind.OpenBracket))
            {
                var index = ParseValue();
                Expect(MarkupTokenKind.CloseBracket, "']' to close the index");
                (segments ??= []).Add(new PathSegment(null, index));
            }
            else
            {
                break;
            }
        }

        return new VariableExpression(rootName, rootIndex, segments is null ? [] : [.. segments]);
    }

    private FilterCall ParseFilter()
    {
        var nameToken = Expect(MarkupTokenKind.Identifier, "a filter name after '|'");
        var positional = new List<Expression>();
        List<(MarkupToken Name, Expression Value)>? named = null;
        if (TryConsume(MarkupTokenKind.Colon))
        {
            do
            {
                if (Current.Kind == MarkupTokenKind.Identifier && Peek(1).Kind == MarkupTokenKind.Colon)
                {
                    var argumentName = Advance();
                    Advance();
                    (named ??= []).Add((argumentName, ParseValue()));
                }
                else
                {
                    positional.Add(ParseValue());
                }
            }
            while (TryConsume(MarkupTokenKind.Comma));
        }

        var location = _map.Locate(nameToken.Start);
        if (!FilterRegistry.TryGet(nameToken.Text, out var definition))
        {
            // Unknown filters fail when rendered (Liquid's strict_filters), so a typo in a branch never taken
            // does not break the build; the arguments are still parsed so syntax errors surface now.
            return new FilterCall(nameToken.Text, null, [.. positional], location);
        }

        if (positional.Count < definition.MinArguments || positional.Count > definition.MaxArguments)
        {
            throw Error(nameToken, $"Filter '{definition.Name}' takes {DescribeArity(definition)} but was given {positional.Count}.");
        }

        var arguments = positional;
        if (named is not null)
        {
            foreach (var (name, value) in named)
            {
                var slot = Array.IndexOf(definition.NamedParameters, name.Text);
                if (slot < 0)
                {
                    throw Error(name, definition.NamedParameters.Length == 0
                        ? $"Filter '{definition.Name}' has no named parameters; '{name.Text}' is not one."
                        : $"Filter '{definition.Name}' has no parameter '{name.Text}'; expected {string.Join(" or ", definition.NamedParameters.Select(p => $"'{p}'"))}.");
                }

                // Named parameters occupy the slots after the positional ones, in declaration order.
                var index = definition.MaxArguments + slot;
                while (arguments.Count <= index)
                {
                    arguments.Add(LiteralExpression.Nil);
                }

                arguments[index] = value;
            }
        }

        return new FilterCall(nameToken.Text, definition, [.. arguments], location);
    }

    private static string DescribeArity(FilterDefinition definition) =>
        definition.MinArguments == definition.MaxArguments
            ? definition.MaxArguments switch
            {
                0 => "no arguments",
                1 => "1 argument",
                var n => $"{n} arguments",
            }
            : definition.MaxArguments == int.MaxValue
                ? $"at least {definition.MinArguments} argument{(definition.MinArguments == 1 ? string.Empty : "s")}"
                : $"{definition.MinArguments} to {definition.MaxArguments} arguments";
}
