using System.Collections.Frozen;
using System.Collections.Immutable;
using static WuzhenSite.Content.FrontMatter.FrontMatterUse;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>
/// Every key of the content contract, typed, plus the unknown keys as they were written
/// (they reach the templates as <c>page.params</c>). This file is the one place a key is declared:
/// its row in <see cref="KnownKeys"/> (name, YAML shape, where it shows, which property it sets) and
/// its property below. The parser knows and reads exactly these keys; docs/architecture.md says
/// how to add one.
/// </summary>
public sealed record FrontMatterData
{
    /// <summary>An empty front matter.</summary>
    public static FrontMatterData Empty { get; } = new();

    /// <summary>The keys of the content contract, in the order the contract lists them.</summary>
    public static ImmutableArray<FrontMatterKey> KnownKeys { get; } =
    [
        FrontMatterKey.Text("title", PageView | ItemView | SearchField, (d, v, _) => d with { Title = v }),
        FrontMatterKey.Date("date", PageView | ItemView, (d, v, line) => d with { Date = v, DateLine = line }),
        FrontMatterKey.Text("summary", PageView | ItemView, (d, v, _) => d with { Summary = v }),
        FrontMatterKey.TextList("forums", PageView | ItemView | SearchField, (d, v, _) => d with { Forums = v }),
        FrontMatterKey.Speakers("speakers", PageView | ItemView | SearchField, (d, v, _) => d with { Speakers = v }),
        FrontMatterKey.TextList("tags", PageView | SearchField, (d, v, _) => d with { Tags = v }),
        FrontMatterKey.Text("event", PageView | ItemView | SearchField, (d, v, _) => d with { Event = v }),
        FrontMatterKey.Text("author", PageView, (d, v, _) => d with { Author = v }),
        FrontMatterKey.Text("editor", PageView, (d, v, _) => d with { Editor = v }),
        FrontMatterKey.Text("source", PageView, (d, v, _) => d with { Source = v }),
        FrontMatterKey.Text("location", PageView, (d, v, _) => d with { Location = v }),
        FrontMatterKey.Text("slug", BuildOnly, (d, v, line) => d with { Slug = v, SlugLine = line }),
        FrontMatterKey.Boolean("draft", BuildOnly, (d, v, _) => d with { Draft = v }),
        FrontMatterKey.Date("publishDate", BuildOnly, (d, v, _) => d with { PublishDate = v }),
        FrontMatterKey.Date("expiryDate", BuildOnly, (d, v, _) => d with { ExpiryDate = v }),
        FrontMatterKey.Text("translationKey", BuildOnly, (d, v, _) => d with { TranslationKey = v }),
        FrontMatterKey.TextList("aliases", BuildOnly, (d, v, line) => d with { Aliases = v, AliasesLine = line }),
        FrontMatterKey.Text("image", PageView | ItemView, (d, v, line) => d with { Image = v, ImageLine = line }),
        FrontMatterKey.Text("imageAlt", PageView | ItemView, (d, v, _) => d with { ImageAlt = v }),
        FrontMatterKey.Text("imageCaption", BuildOnly, (d, v, _) => d with { ImageCaption = v }),
        FrontMatterKey.Text("imageCredit", BuildOnly, (d, v, _) => d with { ImageCredit = v }),
        FrontMatterKey.Text("imageFocus", BuildOnly, (d, v, line) => d with { ImageFocus = v, ImageFocusLine = line }),
        FrontMatterKey.Date("updated", PageView | ItemView, (d, v, line) => d with { Updated = v, UpdatedLine = line }),
        FrontMatterKey.Corrections("corrections", PageView, (d, v, _) => d with { Corrections = v }),
        FrontMatterKey.Text("type", BuildOnly, (d, v, line) => d with { Type = v, TypeLine = line }),
        FrontMatterKey.Text("lang", PageView, (d, v, line) => d with { Lang = v, LangLine = line }),
        FrontMatterKey.Text("layout", PageView, (d, v, _) => d with { Layout = v }),
        FrontMatterKey.Text("name", Profile, (d, v, _) => d with { Name = v }),
        FrontMatterKey.Text("role", Profile, (d, v, _) => d with { Role = v }),
        FrontMatterKey.Text("affiliation", Profile, (d, v, _) => d with { Affiliation = v }),
        FrontMatterKey.Text("photo", Profile, (d, v, _) => d with { Photo = v }),
        FrontMatterKey.Text("description", PageView | Profile, (d, v, _) => d with { Description = v }),
        FrontMatterKey.Text("venue", Profile, (d, v, _) => d with { Venue = v }),
    ];

    /// <summary>The known keys by name (case-sensitive, as YAML is): the parser's known-key set and dispatch.</summary>
    internal static FrozenDictionary<string, FrontMatterKey> KnownKeysByName { get; } =
        KnownKeys.ToFrozenDictionary(key => key.Name, StringComparer.Ordinal);

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

    /// <summary>Line of <c>image:</c>, for messages about the cover.</summary>
    public int ImageLine { get; init; }

    /// <summary>Cover caption; when absent, the photo's own IPTC/XMP description is shown.</summary>
    public string? ImageCaption { get; init; }

    /// <summary>Cover credit (<c>Photo: …</c>); when absent, the photo's IPTC/XMP credit or by-line.</summary>
    public string? ImageCredit { get; init; }

    /// <summary>Where the cover's subject is, for crops (<c>center</c>, <c>top left</c>, <c>30% 40%</c>).</summary>
    public string? ImageFocus { get; init; }

    /// <summary>Line of <c>imageFocus:</c>, for its message.</summary>
    public int ImageFocusLine { get; init; }

    /// <summary>When the page last changed in substance, after it was published (never before its <see cref="Date"/>).</summary>
    public FrontMatterDate? Updated { get; init; }

    /// <summary>Line of the <c>updated</c> key, for its message.</summary>
    public int UpdatedLine { get; init; }

    /// <summary>Corrections made since publication, as listed (each with its date, note and line).</summary>
    public ImmutableArray<CorrectionNote> Corrections { get; init; } = [];

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
