using System.Text.Json;
using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Landing;

/// <summary>
/// A journalist follows a search result (its link carries <c>?highlight=&lt;query&gt;</c>): the query's words are
/// marked in the turn or article it lands on, screen readers are told, the address is clean, and the marks can be cleared.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LandingMarksTests(BrowserSite site)
{
    private const string Transcript = "/en/transcripts/2017-scio-press-conference-fourth-wic/";
    private const string ChineseTranscript = "/zh/transcripts/2017-scio-press-conference-fourth-wic/";
    private const string Article = "/en/news/2017-wic-opens-in-wuzhen/";

    /// <summary>Records every layout shift from the first paint on (as the photo tests do).</summary>
    private const string LayoutShiftRecorder = """
        window.__layoutShifts = [];
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) {
            window.__layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput,
              at: Math.round(entry.startTime),
              sources: (entry.sources || []).map(s => (s.node ? (s.node.nodeName + '.' + (s.node.className || '')) : '?') +
                ' ' + [s.previousRect, s.currentRect].map(r => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`).join(' → ')) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        window.__firstMarkAt = 0;
        new MutationObserver(() => {
          if (!window.__firstMarkAt && document.querySelector('mark.mark-hit')) { window.__firstMarkAt = performance.now(); }
        }).observe(document, { childList: true, subtree: true });
        """;

    private static string WithQuery(string path, string query, string fragment = "") =>
        path + "?highlight=" + Uri.EscapeDataString(query) + (fragment.Length > 0 ? "#" + fragment : "");

    private static Task<string[]> MarksAsync(ILocator scope) =>
        scope.Locator("mark.mark-hit").AllInnerTextsAsync().ContinueWith(t => t.Result.ToArray());

    [Fact]
    public async Task A_stemmed_word_is_marked_inside_the_turn_the_result_names_and_only_there()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + WithQuery(Transcript, "cities", "hu-kaihong-1"));

        var turn = page.Locator("#hu-kaihong-1");
        await Assertions.Expect(turn.Locator("mark.mark-hit").First).ToBeVisibleAsync();
        // "cities" and "city" are one word to lunr's stemmer ("citi"), so the turn's "city" is marked.
        Assert.All(await MarksAsync(turn), text => Assert.Equal("city", text, ignoreCase: true));
        Assert.Equal(0, await page.Locator("mark.mark-hit:not(#hu-kaihong-1 mark)").CountAsync());
    }

    [Fact]
    public async Task A_quoted_phrase_is_one_mark_and_a_prohibited_word_is_not_marked()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + WithQuery(Transcript, "\"digital silk road\" -cooperation countries", "ren-xianliang-2"));

        var turn = page.Locator("#ren-xianliang-2");
        await Assertions.Expect(turn.Locator("mark.mark-hit").First).ToBeVisibleAsync();
        var marks = await MarksAsync(turn);
        Assert.Contains(marks, text => text.Equals("Digital Silk Road", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(marks, text => text.Equals("countries", StringComparison.OrdinalIgnoreCase));
        // The turn also says "digital skills" and "cooperation": neither a phrase's word alone nor a -word is marked.
        Assert.Contains("digital skills", await turn.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("cooperation", await turn.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(marks, text => text.Equals("digital", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(marks, text => text.Contains("cooperation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Screen_readers_hear_how_many_places_are_marked_the_address_loses_the_parameter_and_clear_removes_the_marks()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + WithQuery(Transcript, "volunteers", "ren-xianliang-1"));

        var marks = page.Locator("mark.mark-hit");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        // The word is at the end of a long turn: the page is scrolled on to it.
        await Assertions.Expect(marks.First).ToBeInViewportAsync();
        var count = await marks.CountAsync();
        Assert.True(count >= 1);
        var places = count == 1 ? "1 place is marked" : $"{count} places are marked";
        var status = page.Locator("#mark-status");
        await Assertions.Expect(status).ToHaveTextAsync($"This page was opened at a search result for “volunteers”: {places}.");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

        // The address a reader copies now is the plain turn link.
        await BrowserSite.ExpectAddressAsync(page, Transcript + "#ren-xianliang-1");
        Assert.DoesNotContain("highlight", page.Url, StringComparison.Ordinal);

        var bar = page.Locator("#mark-bar");
        await Assertions.Expect(bar).ToBeVisibleAsync();
        await Assertions.Expect(bar).ToContainTextAsync(count == 1 ? "1 place marked for “volunteers”" : $"{count} places marked for “volunteers”");
        Assert.Equal("fixed", await bar.EvaluateAsync<string>("e => getComputedStyle(e).position"));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ArtifactsFolder, "landing-marks-turn.png") });
        var before = await page.Locator("#ren-xianliang-1 .turn__body").InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the marks" }).ClickAsync();
        await Assertions.Expect(marks).ToHaveCountAsync(0);
        await Assertions.Expect(bar).ToBeHiddenAsync();
        await Assertions.Expect(status).ToHaveTextAsync("The marks are cleared.");
        Assert.Equal(before, await page.Locator("#ren-xianliang-1 .turn__body").InnerTextAsync());
        // The text is whole again: one text node per paragraph, as the build wrote it.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('#ren-xianliang-1 .turn__body p')].every(p => [...p.childNodes].every(n => n.nodeType !== 3 || !n.nextSibling || n.nextSibling.nodeType !== 3))"));
    }

    [Fact]
    public async Task A_chinese_page_marks_a_chinese_phrase_and_words_without_spaces_and_speaks_chinese()
    {
        var page = await site.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync(site.BaseUrl + ChineseTranscript);
        var turnId = await page.Locator(".turn").Filter(new() { HasText = "数字丝绸之路国际合作" }).First.GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(turnId));

        await page.GotoAsync(site.BaseUrl + WithQuery(ChineseTranscript, "\"数字丝绸之路\" 发展中国家", turnId!));

        var turn = page.Locator("#" + turnId);
        await Assertions.Expect(turn.Locator("mark.mark-hit").First).ToBeVisibleAsync();
        var marks = await MarksAsync(turn);
        Assert.Equal(1, marks.Count(text => text == "数字丝绸之路"));
        var expected = await turn.Locator(".turn__body").EvaluateAsync<int>("b => b.textContent.split('发展中国家').length - 1");
        Assert.True(expected >= 1);
        Assert.Equal(expected, marks.Count(text => text == "发展中国家"));
        Assert.Equal(expected + 1, marks.Length);
        await Assertions.Expect(page.Locator("#mark-status")).ToHaveTextAsync($"本页由“\"数字丝绸之路\" 发展中国家”的搜索结果打开，已标出 {marks.Length} 处。");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "清除标记" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ArtifactsFolder, "landing-marks-turn-zh.png") });
        // Chinese alone needs no stemmer: lunr.js is not fetched.
        Assert.False(await page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(r => r.name.endsWith('/lunr.min.js'))"));
    }

    [Fact]
    public async Task An_article_opened_without_a_fragment_is_marked_in_its_body()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + WithQuery(Article, "wuzhen"));

        var body = page.Locator(".article__body");
        await Assertions.Expect(body.Locator("mark.mark-hit").First).ToBeVisibleAsync();
        Assert.All(await MarksAsync(body), text => Assert.Equal("wuzhen", text, ignoreCase: true));
        // Only the body: the title above it says Wuzhen too.
        Assert.Contains("Wuzhen", await page.InnerTextAsync("h1"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await page.Locator("h1 mark").CountAsync());
        await BrowserSite.ExpectAddressAsync(page, Article);
    }

    [Fact]
    public async Task A_page_opened_without_the_parameter_has_no_marks_and_no_bar()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Transcript + "#ren-xianliang-2");
        await Assertions.Expect(page.Locator("#transcript-search")).ToBeVisibleAsync(); // the script has run

        Assert.Equal(0, await page.Locator("mark.mark-hit").CountAsync());
        await Assertions.Expect(page.Locator("#mark-bar")).ToBeHiddenAsync();
        Assert.Equal("", await page.Locator("#mark-status").InnerTextAsync());
    }

    [Theory]
    [InlineData(Transcript, "ren-xianliang-2", false)]
    [InlineData(Transcript, "ren-xianliang-2", true)]
    [InlineData(ChineseTranscript, "", false)]
    [InlineData(Article, "", false)]
    public async Task A_marked_page_has_no_wcag_a_or_aa_violations(string path, string fragment, bool dark)
    {
        var page = await site.NewPageAsync();
        if (dark)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        }

        var query = path == ChineseTranscript ? "数字丝绸之路" : "\"digital silk road\" internet";
        await page.GotoAsync(site.BaseUrl + WithQuery(path, query, fragment));
        await Assertions.Expect(page.Locator("mark.mark-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mark-bar")).ToBeVisibleAsync();
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{path}#{fragment} ({(dark ? "dark" : "light")}):\n" + string.Join('\n', violations));
    }

    private const string ShiftQuery = "\"digital economy\" internet wuzhen volunteers";

    /// <summary>An article without a cover photo: the sample's SVG covers have no width and height, so one arriving after the first paint moves the text on its own.</summary>
    private const string ArticleWithoutCover = "/en/news/2017-blue-books-released/";

    [Theory]
    [InlineData(390, 844, Transcript, "")]
    [InlineData(1280, 900, Transcript, "")]
    [InlineData(390, 844, ArticleWithoutCover, "")]
    [InlineData(1280, 900, ArticleWithoutCover, "")]
    public async Task Marking_the_words_moves_nothing_on_the_page(int width, int height, string path, string fragment)
    {
        var page = await site.NewPageAsync(width, height);
        var (total, shifts, _) = await LayoutShiftWhileMarkingAsync(page, WithQuery(path, ShiftQuery, fragment));

        Assert.True(total == 0, $"layout shift at {width}×{height} on {path}#{fragment}: {total} from {shifts}");
    }

    /// <summary>
    /// A transcript opened at a turn may move that turn by 4 px around its first paint with or without marks (site.js
    /// shows the turns' Cite buttons above it, then scrolls to it), so its sum is not always 0; but no shift comes
    /// from the moment the marks are made.
    /// </summary>
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Marking_a_turn_moves_nothing_after_the_marks_are_made(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        var (_, shifts, firstMark) = await LayoutShiftWhileMarkingAsync(page, WithQuery(Transcript, ShiftQuery, "ren-xianliang-1"));

        Assert.True(await page.Locator("#ren-xianliang-1 mark.mark-hit").CountAsync() >= 4);
        Assert.All(JsonDocument.Parse(shifts).RootElement.EnumerateArray(),
            shift => Assert.True(shift.GetProperty("at").GetDouble() < firstMark, $"a shift after the marks (made at {firstMark} ms): {shifts}"));
    }

    /// <summary>
    /// The control of the tests above: marks that take room (here with padding all round, as an inline block) push the
    /// paragraphs after them down, and the observer records it, so a total of 0 there is the marks' styling.
    /// </summary>
    [Fact]
    public async Task Marks_that_take_room_would_move_the_text()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.AddInitScriptAsync(PaddedMarks);

        var (total, shifts, _) = await LayoutShiftWhileMarkingAsync(page, WithQuery(Transcript, ShiftQuery, "ren-xianliang-1"));

        Assert.True(total > 0, $"no layout shift recorded with padded marks: {shifts}");
    }

    /// <summary>
    /// The layout-shift score does not see words move inside the paragraph a mark splits (their text is new to it), so
    /// this compares every paragraph's box and every line's extent, in page coordinates, before and after marking.
    /// </summary>
    [Theory]
    [InlineData(390, 844, Transcript, "ren-xianliang-1", "#ren-xianliang-1")]
    [InlineData(1280, 900, Transcript, "ren-xianliang-1", "#ren-xianliang-1")]
    [InlineData(390, 844, ArticleWithoutCover, "", ".article__body")]
    public async Task Marks_leave_every_line_where_it_was(int width, int height, string path, string fragment, string root)
    {
        var page = await site.NewPageAsync(width, height);
        var (before, after, marks) = await GeometryAroundMarkingAsync(page, WithQuery(path, ShiftQuery, fragment), root);

        Assert.True(marks >= 2, $"only {marks} marks");
        Assert.Equal(before, after);
    }

    /// <summary>The control of the test above: padded marks do change the lines, so equal geometry there is the marks' doing.</summary>
    [Fact]
    public async Task Padded_marks_would_change_the_lines()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.AddInitScriptAsync(PaddedMarks);

        var (before, after, _) = await GeometryAroundMarkingAsync(page, WithQuery(Transcript, ShiftQuery, "ren-xianliang-1"), "#ren-xianliang-1");

        Assert.NotEqual(before, after);
    }

    private const string PaddedMarks = """
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'mark.mark-hit { display: inline-block; padding: 0.5em 0.6em !important; }';
          document.head.appendChild(style);
        });
        """;

    /// <summary>Each paragraph-like block under the root: its box, and per line (by its top) the leftmost and rightmost edge of its text, in page pixels.</summary>
    private const string Geometry = """
        root => [...document.querySelector(root).querySelectorAll('p, li, h3, blockquote, td, th')].map(block => {
          const r = block.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(block);
          const lines = new Map();
          for (const rect of range.getClientRects()) {
            if (!rect.width) continue;
            const top = Math.round(rect.top + scrollY);
            const line = lines.get(top) || [rect.left, rect.right];
            lines.set(top, [Math.min(line[0], rect.left), Math.max(line[1], rect.right)]);
          }
          const box = [r.left, r.top + scrollY, r.width, r.height].map(v => Math.round(v)).join(',');
          return box + ' | ' + [...lines].map(([top, [left, right]]) => `${top}:${Math.round(left)}-${Math.round(right)}`).join(' ');
        }).join('\n')
        """;

    /// <summary>The geometry of the root's blocks before the marks (lunr.js held back) and after them, and how many marks were made.</summary>
    private async Task<(string Before, string After, int Marks)> GeometryAroundMarkingAsync(IPage page, string url, string root)
    {
        await page.RouteAsync("**/lunr.min.js", async route =>
        {
            await Task.Delay(400);
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.BaseUrl + url, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        var before = await page.EvaluateAsync<string>(Geometry, root);
        Assert.Equal(0, await page.Locator("mark.mark-hit").CountAsync());
        await Assertions.Expect(page.Locator("mark.mark-hit").First).ToBeAttachedAsync();
        var after = await page.EvaluateAsync<string>(Geometry, root);
        return (before, after, await page.Locator(root + " mark.mark-hit").CountAsync());
    }

    /// <summary>
    /// Opens the page, lunr.js held back so that the marks come well after the first paint, waits for them, and sums
    /// the layout shifts recorded from the first paint on; also gives when the first mark was made.
    /// </summary>
    private async Task<(double Total, string Shifts, double FirstMark)> LayoutShiftWhileMarkingAsync(IPage page, string url)
    {
        await page.AddInitScriptAsync(LayoutShiftRecorder);
        await page.RouteAsync("**/lunr.min.js", async route =>
        {
            await Task.Delay(400);
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.BaseUrl + url);
        await Assertions.Expect(page.Locator("mark.mark-hit").First).ToBeAttachedAsync();
        var painted = await page.EvaluateAsync<JsonElement>(
            "() => ({ paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, marks: window.__firstMarkAt })");
        var paint = painted.GetProperty("paint").GetDouble();
        var firstMark = painted.GetProperty("marks").GetDouble();
        Assert.True(paint > 0 && paint < firstMark, $"the marks did not come after the first paint (paint {paint} ms, marks {firstMark} ms)");

        var shifts = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__layoutShifts), 100))))
            """);
        var total = shifts.EnumerateArray().Where(s => !s.GetProperty("hadRecentInput").GetBoolean()).Sum(s => s.GetProperty("value").GetDouble());
        return (total, shifts.GetRawText(), firstMark);
    }
}
