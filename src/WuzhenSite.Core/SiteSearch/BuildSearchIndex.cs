using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Search;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;

namespace WuzhenSite.SiteSearch;

/// <summary>
/// Writes each language's search data under <c>/&lt;lang&gt;/search/</c>: the Lunr index (CJK-aware,
/// so Chinese is found without spaces), and the meta, store and facets files the search page reads
/// (<see cref="SearchDataWriter"/>). Languages are indexed in parallel; each index is byte-for-byte
/// what lunr.js would build from the same documents.
/// </summary>
public sealed class BuildSearchIndex(SiteSettings settings, LinkBuilder links) : IModule
{
    /// <summary>The single-file index's name inside a language's search folder.</summary>
    public const string IndexFileName = "index.json";

    /// <summary>The folder of a sharded index inside a language's search folder.</summary>
    public const string ShardFolder = "index/";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var index = SiteIndex.From(context);
        var terms = index.Terms;
        var perLanguage = context.MapInOrder(settings.Languages, language =>
        {
            var entries = new SearchEntries(terms, links, language.Culture).For(index.Pages.InLanguage(language.Code));
            return Files(language.Code, entries, terms, settings.SearchShardThresholdKB * 1024L);
        });

        var documents = perLanguage
            .SelectMany((files, i) => files.Select(file => Document.Create(
                destination: $"{settings.Languages[i].Code}/search/{file.RelativePath}",
                content: DocumentContent.FromBytes(file.Content))));
        return Task.FromResult(inputs.AddRange(documents));
    }

    /// <summary>The index and data files of one language: one index file up to <paramref name="shardThreshold"/> bytes (estimated), shards above it.</summary>
    /// <remarks>The .gz and .br copies are made as the files are written (<see cref="PrecompressFiles"/> in the pipeline's output chain).</remarks>
    public static IReadOnlyList<SearchFile> Files(string language, IReadOnlyList<SearchEntry> entries, TermIndex terms, long shardThreshold)
    {
        var builder = new LunrIndexBuilder(SearchFields.All, LunrIndexOptions.CjkAware);
        for (int i = 0; i < entries.Count; i++)
        {
            builder.Add(new SearchDocument(SearchRefs.For(i), entries[i].Fields));
        }

        var index = builder.Build();
        var sharded = IndexSize.EstimateJsonBytes(index) > shardThreshold;
        IEnumerable<SearchFile> indexFiles = sharded
            ? ShardedIndexWriter.Write(index).Select(f => new SearchFile(ShardFolder + f.RelativePath, f.Content))
            : [new SearchFile(IndexFileName, LunrIndexJsonWriter.ToUtf8Bytes(index))];
        var data = SearchDataWriter.Write(language, entries, sharded ? ("sharded", ShardFolder) : ("single", IndexFileName),
            NamesOf(terms, TermKind.Speaker, language), NamesOf(terms, TermKind.Forum, language));
        return [.. data, .. indexFiles];
    }

    private static Dictionary<string, string> NamesOf(TermIndex terms, TermKind kind, string language) =>
        terms.OfKind(kind).ToDictionary(t => t.Slug, t => t.NameIn(language), StringComparer.Ordinal);
}
