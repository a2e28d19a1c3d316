using System.Text;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Content.Reading;
using WuzhenSite.Content.Summaries;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// Seeded, bounded fuzzing: random front matter, Markdown and transcripts go through the pure
/// parsers thousands of times and through a few dozen whole builds. Nothing may throw (diagnostics
/// are fine), no file may end in the catch-all "could not be processed" error, and a failed build
/// must leave the previous output as it was. Fixed seeds and counts keep every run the same.
/// </summary>
public sealed class FuzzTests
{
    private static readonly SiteSettings Settings = new()
    {
        Languages = [new LanguageSettings { Code = "en", Name = "English", Locale = "en-GB" }, new LanguageSettings { Code = "zh", Name = "中文", Locale = "zh-CN" }],
    };

    private static readonly (string Folder, ContentKind Kind)[] Folders =
    [
        ("news", ContentKind.Article), ("transcripts", ContentKind.Transcript), ("speakers", ContentKind.SpeakerProfile), ("pages", ContentKind.Page),
    ];

    [Theory]
    [InlineData(1, 1500)]
    [InlineData(22, 1500)] // found a map YamlDotNet ends on a key (' : -:')
    [InlineData(108, 2000)] // found a tag that is not a URI ('!![')
    public void Random_sources_go_through_every_pure_parser_without_throwing(int seed, int samples)
    {
        var fuzz = new FuzzText(seed);
        var markdown = new MarkdownRenderer(allowRawHtml: seed % 2 == 0, linkRoot: "/root/");
        var transcripts = new RenderTranscripts(markdown, 200, 300);
        var pagesRead = 0;
        for (var sample = 0; sample < samples; sample++)
        {
            var (folder, kind) = Folders[sample % Folders.Length];
            var text = fuzz.File(transcript: kind == ContentKind.Transcript);
            var file = $"input/{folder}/{fuzz.FileName()}";
            Survives(seed, sample, text, () =>
            {
                var page = ParseContentFiles.Parse(file, kind, Encoding.UTF8.GetBytes(text), Settings, out var diagnostics);
                AssertNoCatchAll(diagnostics);
                if (page is null)
                {
                    return;
                }

                pagesRead++;
                var syntax = markdown.Parse(page.Body);
                _ = markdown.Render(syntax);
                _ = PlainText.Of(syntax);
                _ = SummaryExtractor.FromFirstParagraph(syntax);
                if (kind == ContentKind.Transcript)
                {
                    _ = transcripts.Render(page, []);
                }
            });

            var yaml = fuzz.FrontMatter();
            Survives(seed, sample, yaml, () => AssertNoCatchAll(FrontMatterParser.Parse(new FrontMatterSplit(yaml, 2, "", 10), "news/a.md").Diagnostics));
            var body = fuzz.Transcript();
            Survives(seed, sample, body, () => _ = TurnSplitter.Split(body, 5, name => name.Length % 2 == 0));
        }

        // The generator must not be so wild that nothing parses: the rest of the pipeline gets its share.
        Assert.True(pagesRead > samples / 10, $"only {pagesRead} of {samples} samples parsed into pages");
    }

    [Theory]
    [InlineData(7, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    public async Task Random_sources_through_whole_builds_never_throw_and_failures_keep_the_output(int seed, int builds)
    {
        var fuzz = new FuzzText(seed);
        using var temporary = new TemporaryFolder();
        var site = temporary.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = Path.Combine(site, "output");
        var options = new BuildOptions { RootPath = site, Clock = new FixedClock(new DateTimeOffset(2021, 10, 1, 0, 0, 0, TimeSpan.Zero)) };
        var first = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var previous = TemporaryFolder.Snapshot(output);
        for (var build = 0; build < builds; build++)
        {
            var written = new StringBuilder();
            for (var files = 1 + (build % 3); files > 0; files--)
            {
                var (folder, kind) = Folders[(build + files) % Folders.Length];
                var text = fuzz.File(transcript: kind == ContentKind.Transcript);
                var path = Path.Combine(site, "input", folder, fuzz.FileName());
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                written.Append("--- ").Append(path).Append('\n').Append(text).Append('\n');
            }

            BuildResult result;
            try
            {
                result = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);
            }
            catch (Exception exception)
            {
                Assert.Fail($"seed {seed}, build {build} threw {exception}\n{written}");
                throw;
            }

            Assert.False(result.IsUsageError, $"seed {seed}, build {build}: {string.Join('\n', result.Diagnostics)}");
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "processing" || d.ToString().Contains("   at ", StringComparison.Ordinal));
            if (result.Succeeded)
            {
                previous = TemporaryFolder.Snapshot(output);
            }
            else
            {
                CleanFailure.AssertUnchanged(previous, TemporaryFolder.Snapshot(output));
            }
        }
    }

    private static void Survives(int seed, int sample, string input, Action parse)
    {
        try
        {
            parse();
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"seed {seed}, sample {sample} threw {exception.GetType().Name}: {exception.Message}\ninput:\n{input}\n{exception}");
        }
    }

    private static void AssertNoCatchAll(IEnumerable<Diagnostic> diagnostics) =>
        Assert.DoesNotContain(diagnostics, d => d.Code == "processing" || d.Message.Contains("   at ", StringComparison.Ordinal));
}
