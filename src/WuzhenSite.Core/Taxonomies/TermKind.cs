namespace WuzhenSite.Taxonomies;

/// <summary>The four kinds of tag page: forums, speakers, tags and events.</summary>
public enum TermKind
{
    /// <summary>A forum (<c>forums:</c>), URL folder <c>forums</c>.</summary>
    Forum,

    /// <summary>A speaker (<c>speakers:</c>), URL folder <c>speakers</c>.</summary>
    Speaker,

    /// <summary>A free tag (<c>tags:</c>), URL folder <c>tags</c>.</summary>
    Tag,

    /// <summary>A conference edition (<c>event:</c>), URL folder <c>events</c>.</summary>
    Event,
}

/// <summary>URL folders and names of term kinds.</summary>
public static class TermKinds
{
    /// <summary>All kinds, in the order the site lists them.</summary>
    public static readonly TermKind[] All = [TermKind.Forum, TermKind.Speaker, TermKind.Tag, TermKind.Event];

    /// <summary>The URL folder of a kind: <c>forums</c>, <c>speakers</c>, <c>tags</c>, <c>events</c>.</summary>
    public static string Folder(TermKind kind) => kind switch
    {
        TermKind.Forum => "forums",
        TermKind.Speaker => "speakers",
        TermKind.Tag => "tags",
        _ => "events",
    };

    /// <summary>The index page of a kind: <c>/en/speakers/</c>.</summary>
    public static string IndexUrl(TermKind kind, string language) => $"/{language}/{Folder(kind)}/";

    /// <summary>A term's page: <c>/en/speakers/ren-xianliang/</c>.</summary>
    public static string TermUrl(TermKind kind, string language, string slug) => $"/{language}/{Folder(kind)}/{slug}/";
}
