using WuzhenSite.Liquid.Syntax;

namespace WuzhenSite.Liquid.Parsing;

/// <summary>The parsers of individual tags.</summary>
internal sealed partial class TemplateParser
{
    private IfNode ParseIf(Tag tag, bool negate)
    {
        var end = "end" + tag.Name;
        var branches = new List<ConditionalBranch>();
        var condition = ParseConditionOf(tag);
        var block = new OpenBlock(tag, ["elsif", "else", end]);
        var body = ParseBody(block, out var terminator);
        branches.Add(new ConditionalBranch(negate ? new NotCondition(condition) : condition, body));
        while (terminator.Name == "elsif")
        {
            condition = ParseConditionOf(terminator);
            body = ParseBody(block, out terminator);
            branches.Add(new ConditionalBranch(condition, body));
        }

        Node[]? elseBody = null;
        if (terminator.Name == "else")
        {
            ExpectNoArguments(terminator);
            elseBody = ParseBody(new OpenBlock(tag, [end]), out _);
        }

        return new IfNode(Locate(tag.Token), [.. branches], elseBody);
    }

    private Condition ParseConditionOf(Tag tag)
    {
        var parser = Arguments(tag);
        var condition = parser.ParseCondition();
        parser.ExpectEnd("'and', 'or', a comparison operator or the end of the tag");
        return condition;
    }

    private CaseNode ParseCase(Tag tag)
    {
        var parser = Arguments(tag);
        if (parser.AtEnd)
        {
            throw parser.Error(parser.Current, "Expected a value to switch on after 'case'.");
        }

        var subject = parser.ParseValue();
        parser.ExpectEnd("the end of the 'case' tag");

        var block = new OpenBlock(tag, ["when", "else", "endcase"]);
        var leading = ParseBody(block, out var terminator);
        foreach (var node in leading)
        {
            if (node is not TextNode text || !string.IsNullOrWhiteSpace(text.Text))
            {
                throw node.Location.Error("Only whitespace may come between '{% case %}' and its first '{% when %}'.");
            }
        }

        var clauses = new List<WhenClause>();
        while (terminator.Name == "when")
        {
            var values = ParseWhenValues(terminator);
            var body = ParseBody(block, out terminator);
            clauses.Add(new WhenClause(values, body));
        }

        Node[]? elseBody = null;
        if (terminator.Name == "else")
        {
            ExpectNoArguments(terminator);
            elseBody = ParseBody(new OpenBlock(tag, ["endcase"]), out _);
        }

        return new CaseNode(Locate(tag.Token), subject, [.. clauses], elseBody);
    }

    private Expression[] ParseWhenValues(Tag tag)
    {
        var parser = Arguments(tag);
        if (parser.AtEnd)
        {
            throw parser.Error(parser.Current, "Expected a value to match after 'when'.");
        }

        var values = new List<Expression> { parser.ParseValue() };
        while (parser.TryConsume(MarkupTokenKind.Comma) || parser.TryConsumeWord("or"))
        {
            values.Add(parser.ParseValue());
        }

        parser.ExpectEnd("',', 'or' or the end of the 'when' tag");
        return [.. values];
    }

    private ForNode ParseFor(Tag tag)
    {
        var parser = Arguments(tag);
        var variable = parser.ExpectIdentifier("a loop variable name after 'for'");
        if (!parser.TryConsumeWord("in"))
        {
            throw parser.Error(parser.Current, $"Expected 'in' after 'for {variable}' but found {parser.Current.Describe()}.");
        }

        var collection = parser.ParseValue();
        if (parser.Current.Kind == MarkupTokenKind.Pipe)
        {
            throw parser.Error(parser.Current, "Filters are not allowed in a 'for' tag; assign the filtered list to a variable first.");
        }

        Expression? limit = null;
        Expression? offset = null;
        var reversed = false;
        while (true)
        {
            parser.TryConsume(MarkupTokenKind.Comma);
            if (parser.AtEnd)
            {
                break;
            }

            if (parser.TryConsumeWord("reversed"))
            {
                reversed = true;
            }
            else if ((parser.Current.IsIdentifier("limit") || parser.Current.IsIdentifier("offset")) && parser.Peek(1).Kind == MarkupTokenKind.Colon)
            {
                var name = parser.Advance().Text;
                parser.Advance();
                var value = parser.ParseValue();
                if (name == "limit")
                {
                    limit = value;
                }
                else
                {
                    offset = value;
                }
            }
            else
            {
                throw parser.Error(parser.Current, $"Unexpected {parser.Current.Describe()} in 'for' tag; expected 'limit:', 'offset:', 'reversed' or the end of the tag.");
            }
        }

        var body = ParseBody(new OpenBlock(tag, ["else", "endfor"]), out var terminator);
        Node[]? elseBody = null;
        if (terminator.Name == "else")
        {
            ExpectNoArguments(terminator);
            elseBody = ParseBody(new OpenBlock(tag, ["endfor"]), out _);
        }

        return new ForNode(Locate(tag.Token), variable, collection, limit, offset, reversed, body, elseBody);
    }

    private AssignNode ParseAssign(Tag tag)
    {
        var parser = Arguments(tag);
        var name = parser.ExpectIdentifier("a variable name after 'assign'");
        parser.Expect(MarkupTokenKind.Assign, $"'=' after 'assign {name}'");
        var value = parser.ParseFilteredExpression();
        parser.ExpectEnd("a filter ('|') or the end of the 'assign' tag");
        return new AssignNode(Locate(tag.Token), name, value);
    }

    private CaptureNode ParseCapture(Tag tag)
    {
        var parser = Arguments(tag);
        var name = parser.Current.Kind == MarkupTokenKind.String
            ? parser.Advance().Text
            : parser.ExpectIdentifier("a variable name after 'capture'");
        parser.ExpectEnd("the end of the 'capture' tag");
        var body = ParseBody(new OpenBlock(tag, ["endcapture"]), out _);
        return new CaptureNode(Locate(tag.Token), name, body);
    }

    private CounterNode ParseCounter(Tag tag)
    {
        var parser = Arguments(tag);
        var name = parser.ExpectIdentifier($"a variable name after '{tag.Name}'");
        parser.ExpectEnd($"the end of the '{tag.Name}' tag");
        return new CounterNode(Locate(tag.Token), name, tag.Name == "increment");
    }

    private CycleNode ParseCycle(Tag tag)
    {
        var parser = Arguments(tag);
        if (parser.AtEnd)
        {
            throw parser.Error(parser.Current, "Expected the values to cycle through after 'cycle'.");
        }

        Expression? group = null;
        var first = parser.ParseValue();
        if (parser.TryConsume(MarkupTokenKind.Colon))
        {
            group = first;
            first = parser.ParseValue();
        }

        var values = new List<Expression> { first };
        while (parser.TryConsume(MarkupTokenKind.Comma))
        {
            values.Add(parser.ParseValue());
        }

        parser.ExpectEnd("',' or the end of the 'cycle' tag");
        // Ungrouped cycles are identified by their markup, so two identical cycle tags share a position.
        var key = "values:" + _source[tag.ArgumentsStart..tag.Token.End].Trim();
        return new CycleNode(Locate(tag.Token), group, key, [.. values]);
    }

    private Node ParsePartial(Tag tag)
    {
        var parser = Arguments(tag);
        if (parser.AtEnd)
        {
            throw parser.Error(parser.Current, $"Expected the partial's name (e.g. '{tag.Name} \"partials/header\"') after '{tag.Name}'.");
        }

        var name = parser.ParseValue();
        Expression? value = null;
        var isFor = false;
        string? alias = null;
        if ((parser.Current.IsIdentifier("with") || parser.Current.IsIdentifier("for")) && parser.Peek(1).Kind != MarkupTokenKind.Colon)
        {
            isFor = parser.Advance().Text == "for";
            value = parser.ParseValue();
            if (parser.TryConsumeWord("as"))
            {
                alias = parser.ExpectIdentifier("a variable name after 'as'");
            }
        }

        var arguments = new List<PartialArgument>();
        while (true)
        {
            parser.TryConsume(MarkupTokenKind.Comma);
            if (parser.AtEnd)
            {
                break;
            }

            var argumentName = parser.ExpectIdentifier("an argument such as 'title: page.title'");
            parser.Expect(MarkupTokenKind.Colon, $"':' after the argument name '{argumentName}'");
            arguments.Add(new PartialArgument(argumentName, parser.ParseValue()));
        }

        return tag.Name == "include"
            ? new IncludeNode(Locate(tag.Token), name, value, alias, [.. arguments])
            : new RenderNode(Locate(tag.Token), name, value, isFor, alias, [.. arguments]);
    }

    private OutputNode ParseEcho(Tag tag)
    {
        var parser = Arguments(tag);
        if (parser.AtEnd)
        {
            throw parser.Error(parser.Current, "Expected a value to output after 'echo'.");
        }

        var value = parser.ParseFilteredExpression();
        parser.ExpectEnd("a filter ('|') or the end of the 'echo' tag");
        return new OutputNode(Locate(tag.Token), value);
    }
}
