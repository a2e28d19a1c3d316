using System.Text.Json;
using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Photos;

/// <summary>
/// An article with a cover photo, a photo in its text and a gallery, as Chromium shows it: the
/// modern format is chosen, the cover is the largest paint, nothing jumps while photos arrive,
/// captions and credits are there to read, and the gallery lines up with the text and works from
/// the keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhotoPageTests(PhotoSite photos) : IClassFixture<PhotoSite>
{

    /// <summary>How long each photo is held back in the layout-shift tests: long enough that the text is painted first.</summary>
    private static readonly TimeSpan PhotoDelay = TimeSpan.FromMilliseconds(400);

    /// <summary>Records every layout shift from the first paint on, including those before any script of the page runs.</summary>
    private const string LayoutShiftRecorder = """
        window.__layoutShifts = [];
        window.__layoutShiftObserver = new PerformanceObserver(list => {
          for (const entry of list.getEntries()) {
            window.__layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput,
              sources: (entry.sources || []).map(s => s.node ? (s.node.nodeName + '.' + (s.node.className || '')) : '?') });
          }
        });
        window.__layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
        """;

    [Fact]
    public async Task Chromium_chooses_the_avif_source_of_the_cover()
    {
        var page = await photos.NewPageAsync();
        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);

        var cover = page.Locator("figure.cover img");
        await Assertions.Expect(cover).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await cover.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the cover did not decode");
        var chosen = await cover.EvaluateAsync<string>("img => img.currentSrc");
        Assert.EndsWith(".avif", chosen, StringComparison.Ordinal);
        // The cover is the page's largest paint: fetched first and never deferred.
        Assert.Equal("high", await cover.GetAttributeAsync("fetchpriority"));
        Assert.Null(await cover.GetAttributeAsync("loading"));
    }

    /// <summary>At the phone size Lighthouse emulates, the cover is what the page's largest paint shows (Lighthouse 12.2 cannot name the element on this Chromium).</summary>
    [Fact]
    public async Task The_cover_is_the_largest_contentful_paint_at_phone_width()
    {
        var page = await photos.NewPageAsync(412, 823);
        await page.AddInitScriptAsync("""
            window.__largestPaints = [];
            new PerformanceObserver(list => window.__largestPaints.push(...list.getEntries()))
              .observe({ type: 'largest-contentful-paint', buffered: true });
            """);
        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);
        await Assertions.Expect(page.Locator("figure.cover img")).ToHaveJSPropertyAsync("complete", true);

        var largest = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => {
              const last = window.__largestPaints.at(-1);
              resolve(last ? { cover: last.element === document.querySelector('figure.cover img'), url: last.url, element: last.element?.outerHTML.slice(0, 200) ?? '' } : null);
            })))
            """);
        Assert.True(largest.ValueKind == JsonValueKind.Object, "no largest-contentful-paint entry");
        Assert.True(largest.GetProperty("cover").GetBoolean(), $"the largest paint is not the cover: {largest}");
        Assert.EndsWith(".avif", largest.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Nothing_on_the_article_moves_while_its_photos_load(int width, int height)
    {
        var page = await photos.NewPageAsync(width, height);

        var (total, shifts) = await LayoutShiftWhilePhotosArriveLateAsync(page);

        Assert.True(total == 0, $"layout shift at {width}×{height}: {total} from {shifts}");
    }

    /// <summary>The control of the test above: the same page with the photos' width and height taken out does shift, so a total of 0 there is the markup's doing.</summary>
    [Fact]
    public async Task Photos_without_their_width_and_height_would_move_the_text()
    {
        var page = await photos.NewPageAsync(390, 844);
        await page.RouteAsync("**" + PhotoSite.ArticlePath, async route =>
        {
            var response = await route.FetchAsync();
            var html = System.Text.RegularExpressions.Regex.Replace(await response.TextAsync(), @"(<img [^>]*?) width=""\d+"" height=""\d+""", "$1");
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
        });

        var (total, shifts) = await LayoutShiftWhilePhotosArriveLateAsync(page);

        Assert.True(total > 0, $"no layout shift recorded without the photos' sizes: {shifts}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_article_with_a_figure_and_a_gallery_has_no_wcag_a_or_aa_violations(bool dark)
    {
        var page = await photos.NewPageAsync();
        if (dark)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        }

        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);
        await Assertions.Expect(page.Locator(".gallery .gallery__link")).ToHaveCountAsync(PhotoSite.GalleryPhotos.Length);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{PhotoSite.ArticlePath} ({(dark ? "dark" : "light")}):\n" + string.Join('\n', violations));
    }

    [Fact]
    public async Task Captions_and_credits_are_shown_under_the_photos_the_cover_s_from_its_iptc()
    {
        var page = await photos.NewPageAsync(390, 844);
        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);

        var cover = page.Locator("figure.cover figcaption");
        await Assertions.Expect(cover.Locator(".figure__caption")).ToHaveTextAsync(PhotoSite.CoverCaption);
        await Assertions.Expect(cover.Locator(".figure__credit")).ToHaveTextAsync(PhotoSite.CoverCredit);
        await Assertions.Expect(cover.Locator(".figure__caption")).ToBeVisibleAsync();
        await Assertions.Expect(cover.Locator(".figure__credit")).ToBeVisibleAsync();

        var hall = page.Locator(".article__body > figure.figure").Filter(new() { Has = page.Locator($"img[alt='{PhotoSite.HallAlt}']") });
        await hall.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(hall.Locator("figcaption .figure__caption")).ToHaveTextAsync(PhotoSite.HallCaption);
        await Assertions.Expect(hall.Locator("figcaption .figure__credit")).ToHaveTextAsync(PhotoSite.HallCredit);
        await Assertions.Expect(hall.Locator("figcaption")).ToBeVisibleAsync();
        await Assertions.Expect(hall.Locator("figcaption")).ToBeInViewportAsync();

        var captions = page.Locator(".gallery figcaption .figure__caption");
        await Assertions.Expect(captions).ToHaveTextAsync(PhotoSite.GalleryPhotos.Select(p => p.Caption).ToArray());
        for (var i = 0; i < PhotoSite.GalleryPhotos.Length; i++)
        {
            await Assertions.Expect(captions.Nth(i)).ToBeVisibleAsync();
        }

        await PageChecks.ScreenshotAsync(page, "photo-article-phone");
    }

    /// <summary>The gallery is a grid within the text column: not indented as a list, and the photos of a row side by side at the same height.</summary>
    [Theory]
    [InlineData(390, 844, 1)]
    [InlineData(1280, 900, 2)]
    public async Task The_gallery_fills_the_text_column_in_level_rows(int width, int height, int fewestPerRow)
    {
        var page = await photos.NewPageAsync(width, height);
        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);
        await Assertions.Expect(page.Locator(".gallery__item")).ToHaveCountAsync(PhotoSite.GalleryPhotos.Length);

        var text = await BoxAsync(page.Locator(".article__body > p").First);
        var gallery = await BoxAsync(page.Locator(".gallery"));
        Assert.True(Math.Abs(gallery.X - text.X) < 1 && Math.Abs(gallery.Width - text.Width) < 1,
            $"gallery at {gallery.X}+{gallery.Width}, text at {text.X}+{text.Width}");

        var items = new List<LocatorBoundingBoxResult>();
        foreach (var item in await page.Locator(".gallery__item").AllAsync())
        {
            items.Add(await BoxAsync(item));
        }

        // Photos side by side share their top edge; a photo pushed down starts a row of its own.
        var rows = items.GroupBy(box => Math.Round(box.Y)).Select(row => row.ToList()).ToList();
        var shown = $"photos at {width} px (x+width@y): " + string.Join(" | ", rows.Select(row => string.Join(", ", row.Select(b => $"{b.X:0}+{b.Width:0}@{b.Y:0.0}"))));
        Assert.True(Math.Abs(items[0].X - gallery.X) < 1, shown);
        Assert.True(rows[0].Count >= fewestPerRow, shown);
        Assert.All(rows.SkipLast(1), row => Assert.True(row.Count == rows[0].Count, shown));
        if (fewestPerRow == 1)
        {
            Assert.All(items, box => Assert.True(Math.Abs(box.Width - gallery.Width) < 1, shown));
        }
    }

    [Fact]
    public async Task Tab_reaches_every_gallery_photo_in_order_each_named_by_its_alt_text_with_a_visible_focus()
    {
        var page = await photos.NewPageAsync();
        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);
        var links = page.Locator(".gallery a.gallery__link");
        await Assertions.Expect(links).ToHaveCountAsync(PhotoSite.GalleryPhotos.Length);

        for (var i = 0; i < PhotoSite.GalleryPhotos.Length; i++)
        {
            await Assertions.Expect(links.Nth(i)).ToHaveAccessibleNameAsync(PhotoSite.GalleryPhotos[i].Alt);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = PhotoSite.GalleryPhotos[i].Alt, Exact = true })).ToHaveCountAsync(1);
        }

        // Tab from the top of the page until focus leaves the last gallery link, noting which gallery links it stops on.
        var reached = new List<int>();
        for (var presses = 0; presses < 200 && (reached.Count == 0 || reached[^1] != PhotoSite.GalleryPhotos.Length - 1); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var index = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.gallery a.gallery__link')].indexOf(document.activeElement)");
            if (index < 0)
            {
                continue;
            }

            reached.Add(index);
            var focused = links.Nth(index);
            await Assertions.Expect(focused).ToBeFocusedAsync();
            await Assertions.Expect(focused).ToBeInViewportAsync();
            Assert.NotEqual("none", await focused.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle"));
            Assert.True(await focused.EvaluateAsync<bool>("a => a.matches(':focus-visible')"));
        }

        Assert.Equal(Enumerable.Range(0, PhotoSite.GalleryPhotos.Length), reached);

        // Enter on a focused photo opens it at its largest size.
        var href = await links.Last.GetAttributeAsync("href");
        await page.Keyboard.PressAsync("Enter");
        await BrowserSite.ExpectAddressAsync(page, href!);
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not shown");

    /// <summary>
    /// Loads the article with every photo held back a moment, as on a slow connection: from
    /// localhost they would otherwise arrive before the first paint, when nothing can be seen to
    /// move. Then scrolls through so every lazy photo loads, and sums the layout shifts that no
    /// input excuses.
    /// </summary>
    private async Task<(double Total, JsonElement Shifts)> LayoutShiftWhilePhotosArriveLateAsync(IPage page)
    {
        await page.AddInitScriptAsync(LayoutShiftRecorder);
        await page.RouteAsync("**/assets/img/**", async route =>
        {
            await Task.Delay(PhotoDelay);
            await route.ContinueAsync();
        });
        await page.GotoAsync(photos.BaseUrl + PhotoSite.ArticlePath);

        await ScrollThroughAsync(page);
        await page.WaitForFunctionAsync("() => [...document.images].every(img => img.complete)");

        // Every photo really arrived while the page was watched: a shift had the chance to happen.
        var decoded = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('picture img')].filter(img => img.naturalWidth > 0).length");
        Assert.Equal(2 + PhotoSite.GalleryPhotos.Length, decoded);

        var shifts = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => {
              for (const entry of window.__layoutShiftObserver.takeRecords()) {
                window.__layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, sources: [] });
              }
              resolve(window.__layoutShifts.filter(s => !s.hadRecentInput));
            })))
            """);
        return (shifts.EnumerateArray().Sum(s => s.GetProperty("value").GetDouble()), shifts);
    }

    /// <summary>Scrolls half a viewport at a time to the end of the page, so every lazy photo starts loading while it is in view; a script scroll is no input that would excuse a shift.</summary>
    private static async Task ScrollThroughAsync(IPage page)
    {
        await page.EvaluateAsync("""
            async pauseMs => {
              const pause = () => new Promise(r => setTimeout(r, pauseMs));
              for (let y = 0; y < document.documentElement.scrollHeight; y += Math.floor(innerHeight / 2)) {
                scrollTo(0, y);
                await pause();
              }
              scrollTo(0, document.documentElement.scrollHeight);
            }
            """, PhotoDelay.TotalMilliseconds / 2);
    }
}
