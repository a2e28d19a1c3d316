namespace WuzhenSite.Liquid.Parsing;

/// <summary>Tokenizes the markup of one tag or output (a range of the template source).</summary>
internal static class MarkupLexer
{
    public static List<MarkupToken> Tokenize(string source, int start, int end, LineMap map)
    {
        var tokens = new List<MarkupToken>();
        var i = start;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(source[i]))
            {
                i++;
            }

            if (i >= end)
            {
                tokens.Add(new MarkupToken(MarkupTokenKind.End, end, end, string.Empty));
                return tokens;
            }

            var c = source[i];
            var tokenStart = i;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                i++;
                // Liquid identifiers may contain dashes ("data-id") and end with '?'.
                while (i < end && (char.IsAsciiLetterOrDigit(source[i]) || source[i] is '_' or '-'))
                {
                    i++;
                }

                if (i < end && source[i] == '?')
                {
                    i++;
                }

                tokens.Add(new MarkupToken(MarkupTokenKind.Identifier, tokenStart, i, source[tokenStart..i]));
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < end && char.IsAsciiDigit(source[i + 1])))
            {
                i++;
                while (i < end && char.IsAsciiDigit(source[i]))
                {
                    i++;
                }

                var kind = MarkupTokenKind.Integer;
                // "1.5" is a float, but "1..5" is an integer followed by a range operator.
                if (i + 1 < end && source[i] == '.' && char.IsAsciiDigit(source[i + 1]))
                {
                    kind = MarkupTokenKind.Float;
                    i++;
                    while (i < end && char.IsAsciiDigit(source[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new MarkupToken(kind, tokenStart, i, source[tokenStart..i]));
                continue;
            }

            if (c is '"' or '\'')
            {
                var close = source.IndexOf(c, i + 1, end - i - 1);
                if (close < 0)
                {
                    throw map.Error(i, $"This string is never closed; expected a closing {c}.");
                }

                tokens.Add(new MarkupToken(MarkupTokenKind.String, tokenStart, close + 1, source[(i + 1)..close]));
                i = close + 1;
                continue;
            }

            var next = i + 1 < end ? source[i + 1] : '\0';
            var (symbol, length) = c switch
            {
                '.' when next == '.' => (MarkupTokenKind.Range, 2),
                '.' => (MarkupTokenKind.Dot, 1),
                ',' => (MarkupTokenKind.Comma, 1),
                ':' => (MarkupTokenKind.Colon, 1),
                '|' => (MarkupTokenKind.Pipe, 1),
                '[' => (MarkupTokenKind.OpenBracket, 1),
                ']' => (MarkupTokenKind.CloseBracket, 1),
                '(' => (MarkupTokenKind.OpenParen, 1),
                ')' => (MarkupTokenKind.CloseParen, 1),
                '=' when next == '=' => (MarkupTokenKind.Equal, 2),
                '=' => (MarkupTokenKind.Assign, 1),
                '!' when next == '=' => (MarkupTokenKind.NotEqual, 2),
                '<' when next == '>' => (MarkupTokenKind.NotEqual, 2),
                '<' when next == '=' => (MarkupTokenKind.LessOrEqual, 2),
                '<' => (MarkupTokenKind.Less, 1),
                '>' when next == '=' => (MarkupTokenKind.GreaterOrEqual, 2),
                '>' => (MarkupTokenKind.Greater, 1),
                _ => throw map.Error(i, $"Unexpected character '{c}' in markup."),
            };

            tokens.Add(new MarkupToken(symbol, tokenStart, i + length, source.Substring(i, length)));
            i += length;
        }
    }
}
