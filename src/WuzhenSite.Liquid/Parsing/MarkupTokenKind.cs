namespace WuzhenSite.Liquid.Parsing;

/// <summary>The kinds of tokens inside <c>{{ }}</c> and <c>{% %}</c> markup.</summary>
internal enum MarkupTokenKind
{
    End,
    Identifier,
    String,
    Integer,
    Float,
    Dot,
    Range,
    Comma,
    Colon,
    Pipe,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Assign,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
}
