namespace WuzhenSite.Search;

/// <summary>
/// An ordered chain of lunr pipeline functions, as <c>lunr.Pipeline</c> runs them. A function
/// may drop a token (the stop-word filter) or, for <see cref="PipelineFunction.CjkBigrams"/>,
/// expand it into several. In a CJK-aware pipeline, CJK tokens skip the trimmer, stop-word
/// filter and stemmer (they would be mangled: lunr's trimmer treats Han as non-word characters).
/// </summary>
public sealed class TextPipeline
{
    private readonly PipelineFunction[] functions;
    private readonly string[] labels;

    /// <summary>Creates a pipeline running <paramref name="functions"/> in order.</summary>
    /// <param name="functions">The functions to chain.</param>
    /// <param name="passCjkTokensThrough">When true, tokens of kind <see cref="TokenKind.Cjk"/> skip every function.</param>
    public TextPipeline(IEnumerable<PipelineFunction> functions, bool passCjkTokensThrough)
    {
        ArgumentNullException.ThrowIfNull(functions);
        this.functions = [.. functions];
        PassCjkTokensThrough = passCjkTokensThrough;
        labels = new string[this.functions.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = LabelOf(this.functions[i]);
        }

        ExpandsTokens = Array.IndexOf(this.functions, PipelineFunction.CjkBigrams) >= 0;
    }

    /// <summary>lunr.js's default index pipeline: trimmer, stop-word filter, stemmer.</summary>
    public static TextPipeline LunrIndex { get; } =
        new([PipelineFunction.Trimmer, PipelineFunction.StopWordFilter, PipelineFunction.Stemmer], passCjkTokensThrough: false);

    /// <summary>lunr.js's default search (query) pipeline: stemmer only.</summary>
    public static TextPipeline LunrSearch { get; } = new([PipelineFunction.Stemmer], passCjkTokensThrough: false);

    /// <summary>The CJK-aware index pipeline: lunr's pipeline for word tokens, CJK bigrams pass through.</summary>
    public static TextPipeline CjkAwareIndex { get; } =
        new([PipelineFunction.Trimmer, PipelineFunction.StopWordFilter, PipelineFunction.Stemmer], passCjkTokensThrough: true);

    /// <summary>
    /// The CJK-aware search pipeline, serialised as <c>["cjkBigrams","stemmer"]</c>: a query term is
    /// split into CJK bigrams and word parts (as the index tokenizer splits), then word parts are stemmed.
    /// </summary>
    public static TextPipeline CjkAwareSearch { get; } =
        new([PipelineFunction.CjkBigrams, PipelineFunction.Stemmer], passCjkTokensThrough: true);

    /// <summary>The functions, in order.</summary>
    public IReadOnlyList<PipelineFunction> Functions => functions;

    /// <summary>The lunr labels of the functions, as <c>lunr.Pipeline#toJSON</c> serialises them.</summary>
    public IReadOnlyList<string> Labels => labels;

    /// <summary>True when CJK tokens skip the pipeline functions.</summary>
    public bool PassCjkTokensThrough { get; }

    /// <summary>True when a function may turn one token into several.</summary>
    internal bool ExpandsTokens { get; }

    /// <summary>The lunr label of <paramref name="function"/>.</summary>
    public static string LabelOf(PipelineFunction function) => function switch
    {
        PipelineFunction.Trimmer => Trimmer.Label,
        PipelineFunction.StopWordFilter => StopWordFilter.Label,
        PipelineFunction.Stemmer => PorterStemmer.Label,
        PipelineFunction.CjkBigrams => "cjkBigrams",
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    /// <summary>Runs the tokens through every function in turn, as <c>lunr.Pipeline#run</c> does.</summary>
    public IReadOnlyList<Token> Run(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var current = new List<Token>(tokens);
        var spans = new List<TokenSpan>();
        foreach (var function in functions)
        {
            var next = new List<Token>(current.Count);
            foreach (var token in current)
            {
                if (PassCjkTokensThrough && token.Kind == TokenKind.Cjk)
                {
                    next.Add(token);
                    continue;
                }

                switch (function)
                {
                    case PipelineFunction.Trimmer:
                        next.Add(token with { Text = Trimmer.Trim(token.Text) });
                        break;
                    case PipelineFunction.StopWordFilter:
                        if (!StopWordFilter.IsStopWord(token.Text))
                        {
                            next.Add(token);
                        }

                        break;
                    case PipelineFunction.Stemmer:
                        next.Add(token with { Text = PorterStemmer.Stem(token.Text) });
                        break;
                    case PipelineFunction.CjkBigrams:
                        spans.Clear();
                        if (token.Text.Length > 0)
                        {
                            CjkTokenizer.Segment(token.Text, 0, token.Text.Length, spans);
                        }

                        foreach (var span in spans)
                        {
                            string text = span.Start == 0 && span.Length == token.Text.Length
                                ? token.Text
                                : token.Text.Substring(span.Start, span.Length);
                            next.Add(token with { Text = text, Start = token.Start + span.Start, Length = span.Length, Kind = span.Kind });
                        }

                        break;
                }
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// Runs one string through the pipeline and returns the resulting strings, as
    /// <c>lunr.Pipeline#runString</c> does for query terms.
    /// </summary>
    public IReadOnlyList<string> RunString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = Run([new Token(text, 0, text.Length, 0, TokenKind.Word)]);
        var strings = new string[result.Count];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = result[i].Text;
        }

        return strings;
    }

    /// <summary>
    /// Runs a single token through a pipeline that never expands tokens; returns <see langword="null"/>
    /// when a function drops it. This is the builder's allocation-light path.
    /// </summary>
    internal string? RunSingle(string text, TokenKind kind)
    {
        if (PassCjkTokensThrough && kind == TokenKind.Cjk)
        {
            return text;
        }

        foreach (var function in functions)
        {
            switch (function)
            {
                case PipelineFunction.Trimmer:
                    text = Trimmer.Trim(text);
                    break;
                case PipelineFunction.StopWordFilter:
                    if (StopWordFilter.IsStopWord(text))
                    {
                        return null;
                    }

                    break;
                case PipelineFunction.Stemmer:
                    text = PorterStemmer.Stem(text);
                    break;
                default:
                    throw new InvalidOperationException("RunSingle cannot run a pipeline that expands tokens.");
            }
        }

        return text;
    }
}
