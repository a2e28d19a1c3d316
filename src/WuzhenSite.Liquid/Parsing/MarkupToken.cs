namespace WuzhenSite.Liquid.Parsing;

/// <summary>One token of tag or output markup: its kind, source range, and decoded text (identifier name, string contents, number text).</summary>
internal readonly record struct MarkupToken(MarkupTokenKind Kind, int Start, int End, string Text)
{
    public bool IsIdentifier(string name) => Kind == MarkupTokenKind.Identifier && Text == name;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        MarkupTokenKind.End => "the end of the tag",
        MarkupTokenKind.String => $"the string \"{Text}\"",
        _ => $"'{Text}'",
    };
}
