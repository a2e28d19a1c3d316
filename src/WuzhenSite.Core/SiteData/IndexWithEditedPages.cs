using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Content.Translations;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.SiteData;

/// <summary>
/// For a page rendered ahead of a preview rebuild: the last build's site index with each edited
/// page in place of its earlier self among its translations (the language switcher shows its
/// title). Terms, feeds and lists are left as they were: an edit that could change them is not
/// rendered ahead (<see cref="Site.EditedPages"/>).
/// </summary>
public sealed class IndexWithEditedPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var edited = context.OutputsOf(PipelineNames.Content).Select(d => d.GetRequired<ContentPage>(Keys.Page)).ToList();
        return Task.FromResult(inputs.Select(d => d.With(SiteIndex.Key, With(d.GetRequired<SiteIndex>(SiteIndex.Key), edited))).ToImmutableArray());
    }

    /// <summary>The index with <paramref name="edited"/> among their translations. Pure.</summary>
    internal static SiteIndex With(SiteIndex index, IEnumerable<ContentPage> edited)
    {
        var translations = index.Translations;
        foreach (var page in edited)
        {
            if (translations.TryGetValue(page.TranslationKey, out var set))
            {
                translations = translations.SetItem(page.TranslationKey, new TranslationSet(set.ByLanguage.SetItem(page.Language, page)));
            }
        }

        return index with { Translations = translations };
    }
}
