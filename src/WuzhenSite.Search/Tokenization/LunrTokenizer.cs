namespace WuzhenSite.Search;

/// <summary>
/// The lunr.js 2.3.9 tokenizer: lower-cases the text and splits it on
/// <c>lunr.tokenizer.separator</c> (<c>/[\s\-]+/</c>, JavaScript whitespace or hyphen).
/// </summary>
public sealed class LunrTokenizer : Tokenizer
{
    /// <summary>The shared instance (the tokenizer is stateless).</summary>
    public static LunrTokenizer Instance { get; } = new();

    private LunrTokenizer()
    {
    }

    internal override void TokenizeLowered(ReadOnlySpan<char> lowered, List<TokenSpan> output)
    {
        int start = 0;
        while (start <= lowered.Length)
        {
            int relative = lowered.Slice(start).IndexOfAny(JsText.Separators);
            int end = relative < 0 ? lowered.Length : start + relative;
            if (end > start)
            {
                output.Add(new TokenSpan(start, end - start, TokenKind.Word));
            }

            start = end + 1;
        }
    }
}
