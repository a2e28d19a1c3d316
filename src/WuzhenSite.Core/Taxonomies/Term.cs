using System.Collections.Immutable;
using WuzhenSite.Content;

namespace WuzhenSite.Taxonomies;

/// <summary>
/// One forum, speaker, tag or event across all languages: a stable slug, how it is named in each
/// language, its profile pages if any, and the documents that carry it in each language.
/// </summary>
public sealed record Term
{
    /// <summary>What kind of term.</summary>
    public required TermKind Kind { get; init; }

    /// <summary>The slug, the same in every language.</summary>
    public required string Slug { get; init; }

    /// <summary>The canonical name (the profile's name, or the first spelling seen).</summary>
    public required string CanonicalName { get; init; }

    /// <summary>The name shown in each language that has one.</summary>
    public ImmutableDictionary<string, string> NameByLanguage { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The profile page in each language that has one.</summary>
    public ImmutableDictionary<string, ContentPage> ProfileByLanguage { get; init; } = ImmutableDictionary<string, ContentPage>.Empty;

    /// <summary>Every spelling that lands on this term (name, aliases, localized names).</summary>
    public ImmutableArray<string> Spellings { get; init; } = [];

    /// <summary>The name in a language, falling back to the canonical name.</summary>
    public string NameIn(string language) => NameByLanguage.TryGetValue(language, out var name) ? name : CanonicalName;

    /// <summary>The profile in a language, falling back to the profile in any language.</summary>
    public ContentPage? ProfileIn(string language, string defaultLanguage) =>
        ProfileByLanguage.TryGetValue(language, out var page) ? page
        : ProfileByLanguage.TryGetValue(defaultLanguage, out var fallback) ? fallback
        : null;
}
