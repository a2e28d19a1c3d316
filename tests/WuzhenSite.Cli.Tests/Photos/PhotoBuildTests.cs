using System.Text.RegularExpressions;
using NetVips;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Photos;

/// <summary>
/// Photos as a build publishes them: resized copies with nothing private left in them, credits read
/// from the file, originals kept back, the cache reused and pruned, and bad photos failing the build
/// with the page's line while the previous site stays as it was.
/// </summary>
public sealed partial class PhotoBuildTests
{
    private sealed record PhotoSite(TemporaryFolder Folder, string Root)
    {
        public string Output => Path.Combine(Root, "output");

        public string Input(params string[] parts) => Path.Combine([Root, "input", .. parts]);

        public string Cache => Path.Combine(Root, ".cache", "images");

        public string Page(string url) => File.ReadAllText(Path.Combine(Output, url.Trim('/'), "index.html"));

        public void Article(string name, string frontMatter, string body = "Delegates met in the hall.\n") =>
            File.WriteAllText(Input("news", name), $"---\ntitle: {name}\ndate: 2019-10-21\n{frontMatter}---\n{body}");
    }

    private static PhotoSite NewSite(TemporaryFolder folder)
    {
        var root = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateDirectory(Path.Combine(root, "input", "assets", "photos"));
        return new PhotoSite(folder, root);
    }

    private static Task<(int ExitCode, string Output)> Build(PhotoSite site, params string[] more) =>
        WuzhenCommand.RunAsync(["build", "--root", site.Root, .. more]);

    private static IEnumerable<string> Derived(PhotoSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "assets", "img")).Where(path => !path.EndsWith(".svg", StringComparison.Ordinal));

    [Fact]
    public async Task Every_derived_file_is_free_of_gps_serial_numbers_and_camera_metadata_and_the_original_is_not_published()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.PressPhoto(site.Input("assets", "photos"), "stage.jpg", 2000, 1500);
        Assert.NotEmpty(TestPhotos.PrivateTagNames(site.Input("assets", "photos", "stage.jpg")));
        site.Article("with-photo.md", "image: /assets/photos/stage.jpg\nimageAlt: The stage\n",
            "Text.\n\n![The hall](/assets/photos/stage.jpg \"The hall at noon | Photo: Desk\")\n");

        var (exitCode, log) = await Build(site);

        Assert.True(exitCode == 0, log);
        var derived = Derived(site).ToList();
        Assert.Equal(4 * 3 + 1, derived.Count); // four widths in AVIF, WebP and JPEG, and the social crop
        Assert.All(derived, path =>
        {
            Assert.Empty(TestPhotos.PrivateTagNames(path));
            var tags = TestPhotos.ReadTags(path);
            Assert.DoesNotContain(tags.Keys, key => key.StartsWith("IPTC:", StringComparison.Ordinal) || key.StartsWith("XMP", StringComparison.Ordinal)
                || key.Contains("Make", StringComparison.Ordinal) || key.Contains("Model", StringComparison.Ordinal));
        });
        Assert.False(File.Exists(Path.Combine(site.Output, "assets", "photos", "stage.jpg")));
    }

    [Fact]
    public async Task Check_reads_the_photos_and_their_links_but_encodes_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.Jpeg(site.Input("assets", "photos"), "stage.jpg", 1000, 750);
        site.Article("with-photo.md", "image: /assets/photos/stage.jpg\nimageAlt: The stage\nimageCredit: Desk\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("check", "--root", site.Root);

        Assert.True(exitCode == 0, log);
        Assert.False(Directory.Exists(site.Cache));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Captions_and_credits_come_from_the_photo_s_iptc_or_xmp_when_the_page_gives_none()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.WithIptc(TestPhotos.Jpeg(site.Input("assets", "photos"), "iptc.jpg"), PhotoCredits.PressOffice);
        TestPhotos.WithXmp(TestPhotos.Jpeg(site.Input("assets", "photos"), "xmp.jpg"), PhotoCredits.PressOfficeChinese);
        site.Article("iptc.md", "image: /assets/photos/iptc.jpg\nimageAlt: A stage\n", "Text.\n\n![A hall](/assets/photos/xmp.jpg)\n");

        var (exitCode, log) = await Build(site);

        Assert.True(exitCode == 0, log);
        var page = site.Page("/en/news/iptc/");
        Assert.Contains($"<span class=\"figure__caption\">{Escaped(PhotoCredits.PressOffice.Caption)}</span> <span class=\"figure__credit\">{Escaped(PhotoCredits.PressOffice.Credit)}</span>", page);
        Assert.Contains($"<span class=\"figure__caption\">{Escaped(PhotoCredits.PressOfficeChinese.Caption)}</span>", page);
        Assert.Contains($"\"creditText\":\"{PhotoCredits.PressOffice.Credit}\"", page);
        Assert.Contains("\"copyrightNotice\":", page);
        Assert.DoesNotContain("has no credit", log);
    }

    [Fact]
    public async Task The_cover_is_the_lead_picture_with_sizes_and_the_social_crop_is_1200_by_630_around_the_focal_point()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.Jpeg(site.Input("assets", "photos"), "wide.jpg", 3000, 1000);
        site.Article("cover.md", "image: /assets/photos/wide.jpg\nimageAlt: A wide view\nimageCredit: \"Photo: Desk\"\nimageFocus: left\n");

        var (exitCode, log) = await Build(site);

        Assert.True(exitCode == 0, log);
        var page = site.Page("/en/news/cover/");
        var cover = CoverImg().Match(page);
        Assert.True(cover.Success, page);
        Assert.Contains("width=\"1200\" height=\"400\"", cover.Value);
        Assert.Contains("fetchpriority=\"high\"", cover.Value);
        Assert.DoesNotContain("loading=\"lazy\"", cover.Value);
        Assert.Contains("<source type=\"image/avif\"", page);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", page);
        var social = Regex.Match(page, "<meta property=\"og:image\" content=\"https://fixture.example.org/(assets/img/[^\"]+-social.jpg)\">");
        Assert.True(social.Success, page);
        using var crop = Image.NewFromFile(Path.Combine(site.Output, social.Groups[1].Value));
        Assert.Equal((1200, 630), (crop.Width, crop.Height));
    }

    [Fact]
    public async Task A_sideways_camera_photo_is_published_upright()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.SidewaysJpeg(site.Input("assets", "photos"), "sideways.jpg", 1200, 1600);
        site.Article("sideways.md", "image: /assets/photos/sideways.jpg\nimageAlt: A portrait\nimageCredit: Desk\n");

        var (exitCode, log) = await Build(site);

        Assert.True(exitCode == 0, log);
        Assert.Contains("width=\"1200\" height=\"1600\"", site.Page("/en/news/sideways/"));
        var jpeg = Derived(site).Single(path => path.EndsWith("-800.jpg", StringComparison.Ordinal));
        using var image = Image.NewFromFile(jpeg);
        Assert.Equal((800, 1067), (image.Width, image.Height));
        var corner = image.Getpoint(20, 20);
        Assert.True(corner[0] > 200 && corner[1] < 60 && corner[2] < 60, $"top-left pixel is {string.Join(",", corner)}");
    }

    [Fact]
    public async Task A_page_bundle_shows_its_own_photos_a_gallery_and_takes_its_folder_s_name()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        var bundle = site.Input("news", "summit");
        Directory.CreateDirectory(bundle);
        TestPhotos.Png(bundle, "hall.png", 900, 600);
        TestPhotos.Webp(bundle, "expo.webp", 900, 600);
        File.WriteAllText(Path.Combine(bundle, "index.md"),
            "---\ntitle: Summit\ndate: 2019-10-21\n---\nText.\n\n::: gallery\n![The hall](hall.png \"The hall | Photo: A\")\n![The expo](expo.webp \"The expo | Photo: B\")\n:::\n");

        var (exitCode, log) = await Build(site);

        Assert.True(exitCode == 0, log);
        var page = site.Page("/en/news/summit/");
        Assert.Contains("<ul class=\"gallery\" role=\"list\" aria-label=\"Photos\">", page);
        Assert.Matches("<a class=\"gallery__link\" href=\"/assets/img/hall-[0-9a-f]{10}-800.png\">", page);
        Assert.Matches("src=\"/assets/img/expo-[0-9a-f]{10}-800.jpg\"", page); // WebP's fallback is JPEG
        Assert.False(File.Exists(Path.Combine(site.Output, "en", "news", "summit", "hall.png")));
        Assert.Empty(new WrittenSite(site.Output).BrokenInternalLinks());
    }

    [Fact]
    public async Task A_second_build_encodes_nothing_and_a_photo_no_page_shows_any_more_leaves_the_cache()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.Jpeg(site.Input("assets", "photos"), "one.jpg", 1000, 800);
        TestPhotos.Jpeg(site.Input("assets", "photos"), "two.jpg", 1000, 700);
        site.Article("one.md", "image: /assets/photos/one.jpg\nimageAlt: One\nimageCredit: Desk\n");
        site.Article("two.md", "image: /assets/photos/two.jpg\nimageAlt: Two\nimageCredit: Desk\n");
        Assert.Equal(0, (await Build(site)).ExitCode);
        var cached = Directory.GetFiles(site.Cache).ToDictionary(path => path, File.GetLastWriteTimeUtc);
        Assert.Equal(2 * (2 * 3) + 2, cached.Count); // 480 and 800 in three formats, and a social crop, per photo

        Assert.Equal(0, (await Build(site, "--output", Path.Combine(site.Root, "fresh"))).ExitCode);
        Assert.Equal(cached, Directory.GetFiles(site.Cache).ToDictionary(path => path, File.GetLastWriteTimeUtc));

        File.Delete(site.Input("news", "two.md"));
        Assert.Equal(0, (await Build(site)).ExitCode);
        var left = Directory.GetFiles(site.Cache).Select(Path.GetFileName).ToList();
        Assert.Equal(7, left.Count);
        Assert.All(left, name => Assert.StartsWith("one-", name));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "photos", "two.jpg"))); // no page shows it: copied as it is
    }

    [Fact]
    public async Task A_corrupt_photo_fails_the_build_naming_the_page_line_and_file_and_the_previous_site_stays()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        Assert.Equal(0, (await Build(site)).ExitCode);
        var before = TemporaryFolder.Snapshot(site.Output);
        var bytes = File.ReadAllBytes(TestPhotos.Jpeg(site.Input("assets", "photos"), "broken.jpg", 800, 600));
        File.WriteAllBytes(site.Input("assets", "photos", "broken.jpg"), bytes[..(bytes.Length / 3)].Concat(new byte[4096]).ToArray());
        File.WriteAllBytes(site.Input("assets", "photos", "not-a-photo.jpg"), "plain text, not a JPEG"u8.ToArray());
        site.Article("broken.md", "image: /assets/photos/not-a-photo.jpg\nimageAlt: Broken\n", "Text.\n\n![Half a photo](/assets/photos/broken.jpg)\n");

        var (exitCode, log) = await Build(site);

        Assert.Equal(1, exitCode);
        Assert.Contains("input/news/broken.md:4:1: error: The photo '/assets/photos/not-a-photo.jpg' (assets/photos/not-a-photo.jpg in the input folder) cannot be shown", log);
        Assert.Contains("broken.jpg", log);
        Assert.Contains("Fix: Open it in an image editor and export it again", log);
        Assert.DoesNotContain("   at ", log);
        Assert.Equal(before.Keys.Order(), TemporaryFolder.Snapshot(site.Output).Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(Path.Combine(site.Output, pair.Key))));
    }

    [Fact]
    public async Task A_photo_cut_short_whose_header_reads_fails_when_encoded_and_the_previous_site_stays()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        Assert.Equal(0, (await Build(site)).ExitCode);
        var before = TemporaryFolder.Snapshot(site.Output);
        var whole = File.ReadAllBytes(TestPhotos.Jpeg(site.Input("assets", "photos"), "cut.jpg", 800, 600));
        File.WriteAllBytes(site.Input("assets", "photos", "cut.jpg"), whole[..(whole.Length / 2)]); // libvips would fill the rest with grey
        site.Article("cut.md", "image: /assets/photos/cut.jpg\nimageAlt: Cut short\nimageCredit: Desk\n");

        var (exitCode, log) = await Build(site);

        Assert.Equal(1, exitCode);
        Assert.Contains("input/assets/photos/cut.jpg: error: The photo cannot be read", log);
        Assert.DoesNotContain("   at ", log);
        Assert.Equal(before.Keys.Order(), TemporaryFolder.Snapshot(site.Output).Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(Path.Combine(site.Output, pair.Key))));
    }

    [Fact]
    public async Task A_missing_photo_or_one_over_the_size_limit_is_an_error_with_the_fix()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        var big = TestPhotos.Jpeg(site.Input("assets", "photos"), "big.jpg", 1000, 800);
        File.AppendAllText(big, new string(' ', 1_200_000)); // still a JPEG, now over a megabyte
        TestPhotos.Jpeg(site.Input("assets", "photos"), "unused-big.jpg", 1000, 800);
        File.AppendAllText(site.Input("assets", "photos", "unused-big.jpg"), new string(' ', 1_200_000));
        site.Article("missing.md", "image: /assets/photos/nowhere.jpg\nimageAlt: Nothing\n");
        site.Article("big.md", "image: /assets/photos/big.jpg\nimageAlt: Big\n");

        var (exitCode, log) = await Build(site, "--setting", "MaxImageSizeMB=1");

        Assert.Equal(1, exitCode);
        Assert.Contains("input/news/missing.md:4:1: error: The photo '/assets/photos/nowhere.jpg' is not in the input folder (looked for assets/photos/nowhere.jpg).", log);
        Assert.Contains("input/news/big.md:4:1: error: The photo '/assets/photos/big.jpg' (assets/photos/big.jpg in the input folder) cannot be shown: it is 1.", log);
        Assert.Contains("raise MaxImageSizeMB in statiq.json", log);
        Assert.DoesNotContain("unused-big.jpg", log); // a photo no page shows is copied as it is, whatever its size
    }

    [Fact]
    public async Task Missing_alt_text_is_a_warning_at_its_line_and_an_error_when_required()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);
        TestPhotos.Jpeg(site.Input("assets", "photos"), "plain.jpg", 800, 600);
        site.Article("no-alt.md", "", "Text.\n\n![](/assets/photos/plain.jpg \"A caption | Photo: Desk\")\n");

        var (warned, warning) = await Build(site);
        var (refused, error) = await Build(site, "--setting", "RequireImageAlt=true");

        Assert.Equal(0, warned);
        Assert.Contains("input/news/no-alt.md:7:1: warning: The photo '/assets/photos/plain.jpg' has no alt text.", warning);
        Assert.Equal(1, refused);
        Assert.Contains("input/news/no-alt.md:7:1: error: The photo '/assets/photos/plain.jpg' has no alt text.", error);
    }

    [Fact]
    public async Task An_image_cache_inside_the_output_or_input_folder_is_refused_before_anything_is_written()
    {
        using var folder = new TemporaryFolder();
        var site = NewSite(folder);

        var (inOutput, outputLog) = await Build(site, "--setting", "ImageCachePath=output/cache");
        var (inInput, inputLog) = await Build(site, "--setting", "ImageCachePath=input/../input/assets");

        Assert.Equal(2, inOutput);
        Assert.Contains("lies inside the output folder", outputLog);
        Assert.Equal(2, inInput);
        Assert.Contains("lies inside the input folder", inputLog);
        Assert.False(Directory.Exists(site.Output));
    }

    private static string Escaped(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex("<figure class=\"figure cover\">.*?<img [^>]*>", RegexOptions.Singleline)]
    private static partial Regex CoverImg();
}
