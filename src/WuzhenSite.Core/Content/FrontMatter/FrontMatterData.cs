using System.Collections.Immutable;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>
/// Every key of the content contract, typed, plus the unknown keys as they were written
/// (they reach the templates as <c>page.params</c>).
/// </summary>
public sealed record FrontMatterData
{
    /// <summary>An empty front matter.</summary>
    public static FrontMatterData Empty { get; } = new();

    /// <summary>Title (required for content; profiles use <see cref="Name"/>).</summary>
    public string? Title { get; init; }

    /// <summary>Publication date (required for articles and transcripts).</summary>
    public FrontMatterDate? Date { get; init; }

    /// <summary>Line of the <c>date</c> key, for later checks.</summary>
    public int DateLine { get; init; }

    /// <summary>Explicit summary; otherwise the first paragraph.</summary>
    public string? Summary { get; init; }

    /// <summary>Forum names.</summary>
    public ImmutableArray<string> Forums { get; init; } = [];

    /// <summary>Speakers, with roles where given.</summary>
    public ImmutableArray<SpeakerReference> Speakers { get; init; } = [];

    /// <summary>Free tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The conference edition.</summary>
    public string? Event { get; init; }

    /// <summary>Author byline.</summary>
    public string? Author { get; init; }

    /// <summary>Editor.</summary>
    public string? Editor { get; init; }

    /// <summary>Original source.</summary>
    public string? Source { get; init; }

    /// <summary>Dateline place.</summary>
    public string? Location { get; init; }

    /// <summary>URL segment override.</summary>
    public string? Slug { get; init; }

    /// <summary>Line of the <c>slug</c> key.</summary>
    public int SlugLine { get; init; }

    /// <summary>Left out of the build unless drafts are asked for.</summary>
    public bool Draft { get; init; }

    /// <summary>Left out before this moment unless future items are asked for.</summary>
    public FrontMatterDate? PublishDate { get; init; }

    /// <summary>Left out after this moment unless asked for.</summary>
    public FrontMatterDate? ExpiryDate { get; init; }

    /// <summary>Links translations whose file names differ.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>For content: old URLs that redirect here. For profiles: other spellings of the name.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Line of the <c>aliases</c> key.</summary>
    public int AliasesLine { get; init; }

    /// <summary>Cover image URL.</summary>
    public string? Image { get; init; }

    /// <summary>Cover image text alternative.</summary>
    public string? ImageAlt { get; init; }

    /// <summary>Overrides the type the folder gives (<c>article</c>, <c>transcript</c>, <c>page</c>).</summary>
    public string? Type { get; init; }

    /// <summary>Line of the <c>type</c> key.</summary>
    public int TypeLine { get; init; }

    /// <summary>Overrides the language the file name gives.</summary>
    public string? Lang { get; init; }

    /// <summary>Line of the <c>lang</c> key.</summary>
    public int LangLine { get; init; }

    /// <summary>Overrides the layout the type gives.</summary>
    public string? Layout { get; init; }

    /// <summary>Profiles: the canonical name of a speaker, forum or event.</summary>
    public string? Name { get; init; }

    /// <summary>Profiles: a speaker's title or position.</summary>
    public string? Role { get; init; }

    /// <summary>Profiles: a speaker's organisation.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Profiles: a speaker's photo URL.</summary>
    public string? Photo { get; init; }

    /// <summary>Profiles: a forum's or event's description (also the page description for content).</summary>
    public string? Description { get; init; }

    /// <summary>Profiles: a forum's or event's venue.</summary>
    public string? Venue { get; init; }

    /// <summary>Keys the contract does not know, kept for templates.</summary>
    public ImmutableDictionary<string, object?> Extra { get; init; } = ImmutableDictionary<string, object?>.Empty;
}
