using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Site;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>
/// The sample site (a copy of statiq.json and input/) with one more article that has photos: a
/// 4000×3000 JPEG cover whose caption and credit are only in its IPTC, a body photo captioned in
/// its Markdown title, and a gallery of three. The photos are drawn in the test, so the fixture
/// depends on no photo in the repository. Built once per test class and served by the preview
/// server; <see cref="Output"/> is there for other servers (the Lighthouse test serves it with nginx).
/// </summary>
public sealed class PhotoSite(BrowserSite browser) : IAsyncLifetime
{
    public const string ArticlePath = "/en/news/2021-a-day-in-pictures/";

    public const string CoverAlt = "Delegates crossing a stone bridge to the conference centre at dawn";
    public const string CoverCaption = "Morning light over the Xizha canal before the opening session";
    /// <summary>Short enough for IPTC's Credit field, which holds 32 bytes (exiftool cuts longer ones).</summary>
    public const string CoverCredit = "Photo: Li Na, WIC Photo Desk";

    public const string HallAlt = "The main hall filling up before the keynote";
    public const string HallCaption = "Seats in the main hall were taken an hour early";
    public const string HallCredit = "Photo: Chen Bo";

    /// <summary>The gallery's photos, in page order: file, alt text, caption.</summary>
    public static readonly (string File, string Alt, string Caption)[] GalleryPhotos =
    [
        ("gallery-expo.jpg", "Visitors trying a driverless shuttle at the expo", "A driverless shuttle at the expo"),
        ("gallery-volunteers.jpg", "Volunteers in blue jackets at a registration desk", "Volunteers at registration"),
        ("gallery-night.jpg", "Lanterns reflected in the canal at night", "The water town after the sessions"),
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wuzhen-browser-photos-" + Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;

    /// <summary>The built site's folder.</summary>
    public string Output => Path.Combine(_folder, "output");

    public string BaseUrl { get; private set; } = "";

    /// <summary>Why the photo tests cannot run here, or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>A fresh page of the collection's browser; skips the test when the browser or exiftool is missing.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }

        return browser.NewPageAsync(width, height);
    }

    public async ValueTask InitializeAsync()
    {
        Unavailable = browser.Unavailable;
        if (Unavailable is null && !File.Exists(TestPhotos.ExifToolPath))
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                throw new InvalidOperationException($"CI must install exiftool ({TestPhotos.ExifToolPath}); .ci/run does it with 'apt-get install -y libimage-exiftool-perl'.");
            }

            Unavailable = $"The photo tests write IPTC captions with exiftool ({TestPhotos.ExifToolPath}): run 'sudo apt-get install -y libimage-exiftool-perl' to enable them.";
        }

        if (Unavailable is not null)
        {
            return;
        }

        var root = Path.Combine(_folder, "site");
        CopySampleSite(root);
        WritePhotos(Path.Combine(root, "input", "assets", "photos"));
        File.WriteAllText(Path.Combine(root, "input", "news", "2021", "2021-a-day-in-pictures.md"), Article);

        var build = await SiteBuilder.BuildAsync(new BuildOptions
        {
            RootPath = root,
            OutputPath = Output,
            Clock = new BrowserSite.FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
        });
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("The photo site did not build:\n" + string.Join('\n', build.Diagnostics));
        }

        var port = BrowserSite.FreePort();
        _server = new PreviewServer(Output, port, new LiveReloadHub());
        await _server.StartAsync(CancellationToken.None);
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>statiq.json and input/ as a user's site folder has them, with the repository's theme.</summary>
    private static void CopySampleSite(string root)
    {
        var input = Path.Combine(BrowserSite.RepositoryRoot, "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "input", Path.GetRelativePath(input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(BrowserSite.RepositoryRoot, "statiq.json")))!.AsObject();
        settings["Theme"] = Path.Combine(BrowserSite.RepositoryRoot, "themes", "default");
        File.WriteAllText(Path.Combine(root, "statiq.json"), settings.ToJsonString());
    }

    private static void WritePhotos(string folder)
    {
        Directory.CreateDirectory(folder);
        var cover = Path.Combine(folder, "cover.jpg");
        TestPhotos.WriteJpeg(cover, 4000, 3000, seed: 1);
        TestPhotos.WriteIptc(cover, CoverCaption, CoverCredit);
        TestPhotos.WriteJpeg(Path.Combine(folder, "hall.jpg"), 2400, 1600, seed: 2);
        for (var i = 0; i < GalleryPhotos.Length; i++)
        {
            // One upright photo: the gallery crops every photo to the same shape.
            var (width, height) = i == 1 ? (1200, 1600) : (1800, 1200);
            TestPhotos.WriteJpeg(Path.Combine(folder, GalleryPhotos[i].File), width, height, seed: 3 + i);
        }
    }

    private static string Article => $"""
        ---
        title: A day in pictures at the Wuzhen Summit
        date: 2021-09-26T18:00:00+08:00
        tags: [photos, Wuzhen]
        event: 2021 World Internet Conference Wuzhen Summit
        author: Conference Photo Desk
        location: Wuzhen, Zhejiang Province
        image: /assets/photos/cover.jpg
        imageAlt: {CoverAlt}
        ---
        Our photographers followed the first day of the summit from the early crossing of the canal to the last lanterns on the water.

        The opening session drew a full house. Delegates queued at the security gates from seven, and the volunteers at the doors kept the lines moving with printed maps of the venue.

        ![{HallAlt}](/assets/photos/hall.jpg "{HallCaption} | {HallCredit}")

        Between sessions, the expo hall was the busiest place in town. Companies showed delivery robots, translation earpieces and a driverless shuttle that carried visitors along the waterfront.

        The volunteers, most of them students from universities in Zhejiang, staffed registration desks, shuttle stops and the press centre until late in the evening.

        ::: gallery
        ![{GalleryPhotos[0].Alt}](/assets/photos/{GalleryPhotos[0].File} "{GalleryPhotos[0].Caption} | Photo: Wang Fang")
        ![{GalleryPhotos[1].Alt}](/assets/photos/{GalleryPhotos[1].File} "{GalleryPhotos[1].Caption} | Photo: Wang Fang")
        ![{GalleryPhotos[2].Alt}](/assets/photos/{GalleryPhotos[2].File} "{GalleryPhotos[2].Caption} | Photo: Chen Bo")
        :::

        After dark, the old town filled with delegates who had stayed on for the evening programme, and the canal boats ran until eleven.
        """;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
