namespace WuzhenSite.Search;

/// <summary>
/// Splits field text into tokens. The built-in tokenizers are <see cref="LunrTokenizer"/>
/// (exactly <c>lunr.tokenizer</c>) and <see cref="CjkTokenizer"/> (lunr plus CJK bigrams).
/// </summary>
public abstract class Tokenizer
{
    private protected Tokenizer()
    {
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/>. <see langword="null"/> and empty text give no tokens.
    /// The text is lower-cased the way JavaScript's <c>toLowerCase</c> does before splitting.
    /// </summary>
    public IReadOnlyList<Token> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        string lowered = JsText.ToLowerCase(text);
        var spans = new List<TokenSpan>();
        TokenizeLowered(lowered, spans);
        var tokens = new Token[spans.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            var span = spans[i];
            tokens[i] = new Token(lowered.Substring(span.Start, span.Length), span.Start, span.Length, i, span.Kind);
        }

        return tokens;
    }

    /// <summary>Appends the tokens of already lower-cased text to <paramref name="output"/>.</summary>
    internal abstract void TokenizeLowered(ReadOnlySpan<char> lowered, List<TokenSpan> output);
}
