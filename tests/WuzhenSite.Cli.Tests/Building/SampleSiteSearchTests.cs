using System.Diagnostics;
using System.Text.Json;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// The sample site's search data, searched the way the browser does: lunr.js (from the theme's npm
/// packages) loads the written index with the written lunr-cjk.js, and the results are looked up in
/// the written store and facets.
/// </summary>
public sealed class SampleSiteSearchTests(SampleSiteBuildTests.BuiltSample sample) : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    private const string Transcript = "transcripts/2017-scio-press-conference-fourth-wic/";

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Each_language_has_its_index_store_facets_and_the_scripts_the_page_loads(string language)
    {
        foreach (var file in new[] { "search.json", "index.json", "facets.json", "store/0.json", "index.html" })
        {
            Assert.True(sample.Site.Exists($"{language}/search/{file}"), $"{language}/search/{file} is missing");
        }

        var page = sample.Site.Page($"{language}/search/index.html");
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains("/assets/js/vendor/lunr.min.js", scripts);
        Assert.Contains("/assets/js/lunr-cjk.js", scripts);
        Assert.Contains("/assets/js/search.js", scripts);
        Assert.Equal($"/{language}/search/search.json", page.QuerySelector("#search")!.GetAttribute("data-search"));
        Assert.NotNull(page.QuerySelector("#search-results"));
        Assert.StartsWith("/**", File.ReadAllText(Path.Combine(sample.Output, "assets/js/vendor/lunr.min.js"))[..3], StringComparison.Ordinal);
    }

    [Fact]
    public void Digital_silk_road_finds_the_turn_that_says_it_and_its_anchor_exists()
    {
        var hits = Search("en", "digital silk road");

        var turn = hits.First(h => h.Type == "turn");
        Assert.Equal($"/en/{Transcript}#ren-xianliang-2", turn.Url);
        Assert.Equal("Ren Xianliang", turn.Speaker);
        var target = sample.Site.Page($"en/{Transcript}index.html");
        Assert.Contains("Digital Silk Road", target.GetElementById("ren-xianliang-2")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_chinese_query_without_spaces_finds_chinese_documents_that_contain_it()
    {
        var hits = Search("zh", "数字丝绸之路");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("/zh/", h.Url, StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Url == $"/zh/{Transcript}#ren-xianliang-2");
        var best = sample.Site.Page(hits[0].Url.TrimStart('/').Split('#')[0] + "index.html");
        var text = hits[0].Url.Contains('#') ? best.GetElementById(hits[0].Url.Split('#')[1])!.TextContent : best.Body!.TextContent;
        Assert.Contains("丝绸之路", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_scoped_queries_find_a_speakers_turns_in_both_languages()
    {
        Assert.Contains(Search("en", "speakers:ren"), h => h.Url.Contains("#ren-xianliang-", StringComparison.Ordinal));
        Assert.Contains(Search("zh", "speakers:任贤良"), h => h.Url.Contains("#ren-xianliang-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_speaker_facet_narrows_hits_to_that_speakers_turns()
    {
        var hits = Search("en", "internet", speaker: "ren-xianliang", type: "turn");

        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Equal("Ren Xianliang", h.Speaker);
            Assert.Contains("#ren-xianliang-", h.Url, StringComparison.Ordinal);
        });
        Assert.True(hits.Count < Search("en", "internet").Count);
    }

    [Fact]
    public void Every_stored_url_resolves_to_a_written_page_and_element()
    {
        foreach (var language in new[] { "en", "zh" })
        {
            var folder = Path.Combine(sample.Output, language, "search");
            using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "search.json")));
            var count = meta.RootElement.GetProperty("count").GetInt32();
            var chunk = meta.RootElement.GetProperty("store").GetProperty("chunk").GetInt32();
            var pattern = meta.RootElement.GetProperty("store").GetProperty("pattern").GetString()!;
            var entries = Enumerable.Range(0, (count + chunk - 1) / chunk)
                .SelectMany(n => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, pattern.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))).RootElement.EnumerateArray())
                .ToList();
            Assert.Equal(count, entries.Count);
            Assert.True(count > 10);
            using var facets = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "facets.json")));
            Assert.Equal(count, facets.RootElement.GetArrayLength());
            var position = 0;
            foreach (var entry in entries)
            {
                var url = entry.GetProperty("url").GetString()!;
                var page = sample.Site.Page(url.TrimStart('/').Split('#')[0] + "index.html");
                if (url.Contains('#'))
                {
                    Assert.NotNull(page.GetElementById(url.Split('#')[1]));
                }

                // The stored day is the day the page's own <time datetime> gives, and the facet's YYYYMMDD says the same.
                var published = page.QuerySelector(".meta time[datetime]")?.GetAttribute("datetime");
                var facetDay = facets.RootElement[position++][4].GetInt32();
                if (entry.TryGetProperty("day", out var day))
                {
                    Assert.NotNull(published);
                    Assert.Equal(published[..10], day.GetString());
                    Assert.Equal(day.GetString()!.Replace("-", "", StringComparison.Ordinal), facetDay.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Assert.True(entry.TryGetProperty("date", out _), $"{url} has a day but no date");
                }
                else
                {
                    Assert.Equal(0, facetDay);
                    Assert.False(entry.TryGetProperty("date", out _), $"{url} has a date but no day");
                }
            }

            Assert.Contains(entries, e => e.TryGetProperty("day", out _));
        }
    }

    [Fact]
    public async Task A_site_built_with_shards_finds_the_same_hits_with_the_same_scores()
    {
        using var folder = new TemporaryFolder();
        var sharded = await SampleBuild.RunAsync(folder.Combine("out"), new Dictionary<string, string> { ["SearchShardThresholdKB"] = "0" }, TestContext.Current.CancellationToken);
        Assert.True(sharded.Succeeded);
        Assert.False(File.Exists(folder.Combine("out", "zh", "search", "index.json")));
        Assert.True(File.Exists(folder.Combine("out", "zh", "search", "index", "manifest.json")));

        foreach (var (language, query) in new[] { ("en", "digital silk road"), ("en", "speakers:ren"), ("en", "+internet -minors"), ("en", "digi*"), ("zh", "数字丝绸之路"), ("zh", "未成年人") })
        {
            var single = Search(language, query);
            var fromShards = Search(language, query, output: folder.Combine("out"));
            Assert.NotEmpty(single);
            Assert.Equal(single, fromShards);
        }
    }

    public sealed record Hit(string Url, string Type, string? Speaker, double Score);

    /// <summary>Runs lunr.js over the written index, then applies the facets as search.js does.</summary>
    private List<Hit> Search(string language, string query, string? speaker = null, string? type = null, string? output = null)
    {
        var script = """
            const [lunrPath, output, language, query, speaker, type] = process.argv.slice(2)
            const fs = require('fs'), path = require('path')
            const lunr = require(lunrPath)
            require(path.join(output, 'assets/js/lunr-cjk.js'))(lunr)
            require(path.join(output, 'assets/js/lunr-sharded.js'))(lunr)
            const dir = path.join(output, language, 'search')
            const read = f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
            const meta = read('search.json'), facets = read(meta.facets)
            const readFile = (url, type) => {
              const bytes = fs.readFileSync(url)
              return Promise.resolve(type === 'binary' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) : JSON.parse(bytes.toString('utf8')))
            }
            const open = meta.index.format === 'sharded'
              ? lunr.sharded.open(path.join(dir, meta.index.file) + '/', readFile)
              : Promise.resolve(lunr.Index.load(read(meta.index.file)))
            open.then(index => index.search(query)).then(found => {
            const types = ['article', 'transcript', 'turn', 'page']
            const speakerAt = meta.speakers.findIndex(s => s.slug === speaker)
            const hits = found.map(r => ({ pos: parseInt(r.ref, 36), score: r.score }))
              .filter(h => !speaker || facets[h.pos][2].includes(speakerAt))
              .filter(h => !type || facets[h.pos][0] === types.indexOf(type))
              .map(h => {
                const chunk = Math.floor(h.pos / meta.store.chunk)
                const e = read(meta.store.pattern.replace('{n}', chunk))[h.pos - chunk * meta.store.chunk]
                return { url: e.url, type: e.type, speaker: e.speaker || null, score: h.score }
              })
            process.stdout.write(JSON.stringify(hits))
            })
            """;
        var scriptPath = Path.Combine(Path.GetTempPath(), $"wuzhen-search-{Guid.NewGuid():N}.js");
        File.WriteAllText(scriptPath, script);
        try
        {
            var lunr = Path.Combine(RepositoryPaths.Root, "themes", "default", "node_modules", "lunr");
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { scriptPath, lunr, output ?? sample.Output, language, query, speaker ?? "", type ?? "" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, stderr);
            return JsonSerializer.Deserialize<List<Hit>>(stdout.Result, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }
}
