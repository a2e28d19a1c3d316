using System.Collections.Immutable;

namespace WuzhenSite.Content.Translations;

/// <summary>The pages that are translations of one another, by language.</summary>
public sealed record TranslationSet(ImmutableSortedDictionary<string, ContentPage> ByLanguage);
