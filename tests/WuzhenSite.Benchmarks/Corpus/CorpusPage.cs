namespace WuzhenSite.Benchmarks.Corpus;

/// <summary>
/// Where a generated document is served: by WuzhenSite at <c>/{language}/{section}/{slug}/</c>,
/// by the Hugo copy (<see cref="HugoSiteWriter"/>) at its content path, <c>/{language}/{section}/{folder}/{slug}/</c>.
/// </summary>
/// <param name="OurUrl">WuzhenSite's page URL.</param>
/// <param name="HugoUrl">Hugo's page URL.</param>
public sealed record CorpusPage(string OurUrl, string HugoUrl)
{
    /// <param name="file">The document relative to the corpus's <c>input/</c>, e.g. <c>news/00/article-00001.zh.md</c>.</param>
    public static CorpusPage Of(string file)
    {
        var parts = file.Replace('\\', '/').Split('/');
        var name = parts[^1];
        var language = name.EndsWith(".zh.md", StringComparison.Ordinal) ? "zh" : "en";
        var slug = name[..name.IndexOf('.', StringComparison.Ordinal)];
        var folders = string.Join('/', parts[..^1]);
        return new CorpusPage($"/{language}/{parts[0]}/{slug}/", $"/{language}/{folders}/{slug}/");
    }
}
