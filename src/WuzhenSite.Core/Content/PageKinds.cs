namespace WuzhenSite.Content;

/// <summary>
/// The one spelling of every kind name: what <c>page.kind</c> and <c>item.kind</c> say to layouts,
/// the layout a kind is rendered with by default, the <c>kind-…</c> and <c>card--…</c> CSS classes,
/// the <c>kind_…</c> UI strings that label a kind for readers, a search entry's type, a translation key's prefix and what
/// <c>type:</c> may say. Code compares kinds with these constants, never with a bare string.
/// </summary>
public static class PageKinds
{
    /// <summary>A news article (<see cref="ContentKind.Article"/>).</summary>
    public const string Article = "article";

    /// <summary>A transcript (<see cref="ContentKind.Transcript"/>).</summary>
    public const string Transcript = "transcript";

    /// <summary>A plain page such as About (<see cref="ContentKind.Page"/>).</summary>
    public const string Page = "page";

    /// <summary>A speaker profile (<see cref="ContentKind.SpeakerProfile"/>).</summary>
    public const string Speaker = "speaker";

    /// <summary>A forum profile (<see cref="ContentKind.ForumProfile"/>).</summary>
    public const string Forum = "forum";

    /// <summary>An event profile (<see cref="ContentKind.EventProfile"/>).</summary>
    public const string Event = "event";

    /// <summary>A file copied as it is (<see cref="ContentKind.Asset"/>).</summary>
    public const string Asset = "asset";

    /// <summary>A language's home page.</summary>
    public const string Home = "home";

    /// <summary>A section list (news, transcripts).</summary>
    public const string List = "list";

    /// <summary>The page of one forum, speaker, tag or event.</summary>
    public const string Term = "term";

    /// <summary>The index of every term of a kind.</summary>
    public const string Terms = "terms";

    /// <summary>The search page.</summary>
    public const string Search = "search";

    /// <summary>The page served for a missing address.</summary>
    public const string NotFound = "not-found";

    /// <summary>The language chooser at the site root.</summary>
    public const string Root = "root";

    /// <summary>One speaker turn of a transcript, as a search result.</summary>
    public const string Turn = "turn";

    /// <summary>The name of a source kind.</summary>
    public static string Of(ContentKind kind) => kind switch
    {
        ContentKind.Article => Article,
        ContentKind.Transcript => Transcript,
        ContentKind.Page => Page,
        ContentKind.SpeakerProfile => Speaker,
        ContentKind.ForumProfile => Forum,
        ContentKind.EventProfile => Event,
        ContentKind.Asset => Asset,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A content kind without a name."),
    };

    /// <summary>True for the dated news documents (articles and transcripts): what feeds, Open Graph and JSON-LD treat as articles.</summary>
    public static bool IsNewsDocument(string kind) => kind is Article or Transcript;
}
