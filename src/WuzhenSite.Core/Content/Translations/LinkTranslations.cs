using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Content.Translations;

/// <summary>
/// Gives every page its <see cref="TranslationSet"/> (see <see cref="TranslationLinker"/>). Two pages
/// in the same language with the same key are an error, since a reader switching language could
/// not know which one is meant.
/// </summary>
public sealed class LinkTranslations : IModule
{
    /// <summary>Metadata key of a page's <see cref="TranslationSet"/>.</summary>
    public const string Key = "Translations";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var (sets, diagnostics) = TranslationLinker.Link(inputs.Select(d => d.GetRequired<ContentPage>(Keys.Page)));
        context.Diagnostics.ReportAll(diagnostics);
        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            var set = sets[page.TranslationKey];
            if (ReferenceEquals(set.ByLanguage[page.Language], page))
            {
                result.Add(document.With(Key, set));
            }
        }

        return Task.FromResult(result.ToImmutable());
    }
}
