using System.Text.Json;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Publishing;

/// <summary>
/// <c>build</c> and <c>check</c> say when the site next goes out of date by itself: the earliest
/// scheduled document left out (<c>publishDate</c>, or a future <c>date</c>) and the earliest
/// <c>expiryDate</c> of a published one, each with its file, in ISO 8601 UTC, by the injected clock.
/// </summary>
public sealed class EmbargoTimesTests
{
    // The moment NewCommandTests fixes too, so the two never disagree about the shared clock.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static string Site(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        void Write(string name, string frontMatter) =>
            File.WriteAllText(Path.Combine(site, "input", "news", name), $"---\n{frontMatter}\n---\nA paragraph of the story.\n");

        // Due first; its own expiry does not count while it is not up.
        Write("embargoed.md", "title: Embargoed figures\ndate: 2026-11-20\npublishDate: 2026-11-25T08:00:00+08:00\nexpiryDate: 2026-11-26T00:00:00+00:00");
        Write("dated-ahead.md", "title: Dated ahead\ndate: 2026-11-30T10:00:00+01:00");
        Write("much-later.md", "title: Much later\ndate: 2026-11-01\npublishDate: 2027-01-05");
        // A draft is left out whatever its dates say, so it sets no time.
        Write("draft-ahead.md", "title: Draft ahead\ndate: 2026-11-01\npublishDate: 2026-11-24\ndraft: true");
        Write("short-lived.md", "title: Short lived\ndate: 2026-11-01\nexpiryDate: 2026-12-24T18:00:00+01:00");
        Write("long-lived.md", "title: Long lived\ndate: 2026-11-01\nexpiryDate: 2027-06-01");
        Write("gone.md", "title: Gone\ndate: 2026-10-01\nexpiryDate: 2026-11-01");
        return site;
    }

    private static async Task<(int ExitCode, string Output)> RunAt(DateTimeOffset now, params string[] args)
    {
        Program.Clock = new FixedClock(now);
        try
        {
            return await WuzhenCommand.RunAsync(args);
        }
        finally
        {
            Program.Clock = new FixedClock(Now);
        }
    }

    [Fact]
    public async Task Check_prints_the_next_scheduled_document_and_the_next_expiry_with_their_files()
    {
        using var folder = new TemporaryFolder();
        var site = Site(folder);

        var (exitCode, log) = await RunAt(Now, "check", "--root", site);

        Assert.True(exitCode == 0, log);
        Assert.Contains("Next scheduled: 2026-11-25T00:00:00+00:00 (input/news/embargoed.md)", log);
        Assert.Contains("Next expiry: 2026-12-24T17:00:00+00:00 (input/news/short-lived.md)", log);
    }

    [Fact]
    public async Task Check_json_gives_both_times_and_files()
    {
        using var folder = new TemporaryFolder();
        var site = Site(folder);

        var (exitCode, log) = await RunAt(Now, "check", "--root", site, "--format", "json");

        Assert.True(exitCode == 0, log);
        using var json = JsonDocument.Parse(log);
        var publish = json.RootElement.GetProperty("next_publish");
        Assert.Equal("2026-11-25T00:00:00+00:00", publish.GetProperty("date").GetString());
        Assert.Equal("input/news/embargoed.md", publish.GetProperty("file").GetString());
        var expiry = json.RootElement.GetProperty("next_expiry");
        Assert.Equal("2026-12-24T17:00:00+00:00", expiry.GetProperty("date").GetString());
        Assert.Equal("input/news/short-lived.md", expiry.GetProperty("file").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-25T00:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(publish.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Build_prints_them_in_its_summary_and_as_json()
    {
        using var folder = new TemporaryFolder();
        var site = Site(folder);

        var (textExit, text) = await RunAt(Now, "build", "--root", site, "--output", folder.Combine("text-out"));
        var (jsonExit, log) = await RunAt(Now, "build", "--root", site, "--output", folder.Combine("json-out"), "--format", "json");

        Assert.True(textExit == 0, text);
        Assert.Matches(@"Next scheduled\s*│\s*2026-11-25T00:00:00\+00:00 \(input/news/embargoed\.md\)", text);
        Assert.Matches(@"Next expiry\s*│\s*2026-12-24T17:00:00\+00:00 \(input/news/short-lived\.md\)", text);
        Assert.True(jsonExit == 0, log);
        using var json = JsonDocument.Parse(log);
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("scheduled_left_out").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("expired_left_out").GetInt32());
        Assert.Equal("input/news/embargoed.md", json.RootElement.GetProperty("next_publish").GetProperty("file").GetString());
        Assert.Equal("2026-12-24T17:00:00+00:00", json.RootElement.GetProperty("next_expiry").GetProperty("date").GetString());
        Assert.True(File.Exists(Path.Combine(folder.Combine("json-out"), "en", "news", "short-lived", "index.html")));
    }

    [Fact]
    public async Task Once_the_clock_passes_an_embargo_that_document_is_up_and_the_next_one_is_named()
    {
        using var folder = new TemporaryFolder();
        var site = Site(folder);

        var (exitCode, log) = await RunAt(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), "check", "--root", site, "--format", "json");

        Assert.True(exitCode == 0, log);
        using var json = JsonDocument.Parse(log);
        Assert.Equal("input/news/dated-ahead.md", json.RootElement.GetProperty("next_publish").GetProperty("file").GetString());
        Assert.Equal("2026-11-30T09:00:00+00:00", json.RootElement.GetProperty("next_publish").GetProperty("date").GetString());
        // The embargoed story is up now, and its own expiry is the next.
        Assert.Equal("input/news/embargoed.md", json.RootElement.GetProperty("next_expiry").GetProperty("file").GetString());
        Assert.Equal("2026-11-26T00:00:00+00:00", json.RootElement.GetProperty("next_expiry").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Without_scheduled_or_expiring_documents_both_are_none()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await RunAt(Now, "check", "--root", site);
        var (jsonExit, jsonLog) = await RunAt(Now, "check", "--root", site, "--format", "json");

        Assert.True(exitCode == 0, log);
        Assert.Contains("Next scheduled: none", log);
        Assert.Contains("Next expiry: none", log);
        Assert.True(jsonExit == 0, jsonLog);
        using var json = JsonDocument.Parse(jsonLog);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("next_publish").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("next_expiry").ValueKind);
    }
}
