using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Content.Translations;

/// <summary>
/// Groups pages into translation sets: pages of one kind that share a path without the language
/// suffix, or a <c>translationKey</c>. Pure: pages in, sets and diagnostics out.
/// </summary>
public static class TranslationLinker
{
    /// <summary>The translation set of every translation key, and an error for each second page in one language.</summary>
    public static (IReadOnlyDictionary<string, TranslationSet> Sets, IReadOnlyList<Diagnostic> Diagnostics) Link(IEnumerable<ContentPage> pages)
    {
        var groups = new Dictionary<string, SortedDictionary<string, ContentPage>>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var page in pages)
        {
            if (!groups.TryGetValue(page.TranslationKey, out var group))
            {
                groups[page.TranslationKey] = group = new SortedDictionary<string, ContentPage>(StringComparer.Ordinal);
            }

            if (group.TryGetValue(page.Language, out var other))
            {
                diagnostics.Add(Diagnostic.Error(page.SourcePath, 0, 0,
                    $"This file and {other.SourcePath} are both the '{page.Language}' version of the same page.",
                    "Give one of them a different 'translationKey', or rename it.", "translation"));
                continue;
            }

            group[page.Language] = page;
        }

        var sets = groups.ToDictionary(
            g => g.Key,
            g => new TranslationSet(g.Value.ToImmutableSortedDictionary(StringComparer.Ordinal)),
            StringComparer.Ordinal);
        return (sets, diagnostics);
    }
}
