using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Content.Translations;

/// <summary>
/// Links translations: pages of one kind that share a path without the language suffix, or a
/// <c>translationKey</c>. Two pages in the same language with the same key are an error, since a
/// reader switching language could not know which one is meant.
/// </summary>
public sealed class LinkTranslations : IModule
{
    /// <summary>Metadata key of a page's <see cref="TranslationSet"/>.</summary>
    public const string Key = "Translations";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var groups = new Dictionary<string, SortedDictionary<string, ContentPage>>(StringComparer.Ordinal);
        foreach (var document in inputs)
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            if (!groups.TryGetValue(page.TranslationKey, out var group))
            {
                groups[page.TranslationKey] = group = new SortedDictionary<string, ContentPage>(StringComparer.Ordinal);
            }

            if (group.TryGetValue(page.Language, out var other))
            {
                context.Diagnostics.Report(Diagnostic.Error(page.SourcePath, 0, 0,
                    $"This file and {other.SourcePath} are both the '{page.Language}' version of the same page.",
                    "Give one of them a different 'translationKey', or rename it.", "translation"));
                continue;
            }

            group[page.Language] = page;
        }

        var sets = groups.ToDictionary(g => g.Key, g => new TranslationSet(g.Value.ToImmutableSortedDictionary(StringComparer.Ordinal)), StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            result.Add(document.With(Key, sets[page.TranslationKey]));
        }

        return Task.FromResult(result.ToImmutable());
    }
}
