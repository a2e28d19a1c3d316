using System.Collections.Immutable;
using System.Globalization;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Output;
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
/// <remarks>
/// In a full build given the previous build's files (<paramref name="staged"/>) and the program's
/// identity, each language's files are stamped with the fingerprint of their inputs
/// (<see cref="SearchFingerprint"/>); a language whose fingerprint is what the previous build stamped,
/// its files untouched, is not indexed again: its files are the previous build's, found by that stamp
/// in the manifest (never guessed), and kept in place.
/// </remarks>
public sealed class BuildSearchIndex(SiteSettings settings, LinkBuilder links, StagedOutput? staged = null, UInt128? programIdentity = null) : IModule
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
        var threshold = settings.SearchShardThresholdKB * 1024L;
        var perLanguage = context.MapInOrder(settings.Languages, language =>
        {
            var entries = new SearchEntries(terms, links, language.Culture).For(index.Pages.InLanguage(language.Code));
            var speakers = NamesOf(terms, TermKind.Speaker, language.Code);
            var forums = NamesOf(terms, TermKind.Forum, language.Code);
            var origin = staged is not null && programIdentity is { } identity
                ? "search:" + SearchFingerprint.Of(identity, language.Code, entries, speakers, forums, threshold).ToString("x32", CultureInfo.InvariantCulture)
                : null;
            if (origin is not null && staged!.UnchangedFilesOf(origin) is { } kept)
            {
                return kept.Select(file => Document.Create(destination: file.Destination, content: Unchanged(file.Hash, file.LivePath))
                    .With(FileOrigin.MetadataKey, origin)).ToList();
            }

            return Files(entries, threshold, speakers, forums, language.Code)
                .Select(file => Document.Create(destination: $"{language.Code}/search/{file.RelativePath}", content: DocumentContent.FromBytes(file.Content))
                    .With(FileOrigin.MetadataKey, origin))
                .ToList();
        });

        return Task.FromResult(inputs.AddRange(perLanguage.SelectMany(documents => documents)));
    }

    /// <summary>The index and data files of one language: one index file up to <paramref name="shardThreshold"/> bytes (estimated), shards above it.</summary>
    public static IReadOnlyList<SearchFile> Files(string language, IReadOnlyList<SearchEntry> entries, TermIndex terms, long shardThreshold) =>
        Files(entries, shardThreshold, NamesOf(terms, TermKind.Speaker, language), NamesOf(terms, TermKind.Forum, language), language);

    /// <summary>A file kept from the previous build: its bytes are read only if something asks for them (the compressed copies' size check).</summary>
    private static DocumentContent Unchanged(string hash, string livePath) => DocumentContent.FromDerived(hash, () => File.ReadAllBytes(livePath));

    /// <remarks>The .gz and .br copies are made as the files are written (<see cref="PrecompressFiles"/> in the pipeline's output chain).</remarks>
    private static IReadOnlyList<SearchFile> Files(IReadOnlyList<SearchEntry> entries, long shardThreshold,
        IReadOnlyDictionary<string, string> speakerNames, IReadOnlyDictionary<string, string> forumNames, string language)
    {
        var builder = new LunrIndexBuilder(SearchFields.All, LunrIndexOptions.CjkAware with { RecordPositions = true });
        for (int i = 0; i < entries.Count; i++)
        {
            builder.Add(new SearchDocument(SearchRefs.For(i), entries[i].Fields));
        }

        var index = builder.Build();
        var sharded = IndexSize.EstimateJsonBytes(index) > shardThreshold;
        IEnumerable<SearchFile> indexFiles = sharded
            ? ShardedIndexWriter.Write(index).Select(f => new SearchFile(ShardFolder + f.RelativePath, f.Content))
            : [new SearchFile(IndexFileName, LunrIndexJsonWriter.ToUtf8Bytes(index))];
        // Phrase positions are the same files beside either form, so a phrase finds the same documents in both.
        var positions = PhrasePositionsWriter.Write(index);
        var data = SearchDataWriter.Write(language, entries, sharded ? ("sharded", ShardFolder) : ("single", IndexFileName), speakerNames, forumNames, positions);
        return [.. data, .. indexFiles, .. positions.Files.Select(f => new SearchFile(f.RelativePath, f.Content))];
    }

    private static Dictionary<string, string> NamesOf(TermIndex terms, TermKind kind, string language) =>
        terms.OfKind(kind).ToDictionary(t => t.Slug, t => t.NameIn(language), StringComparer.Ordinal);
}
