using WuzhenSite.Content.Markdown;

namespace WuzhenSite.Core.Tests.Content.Markdown;

/// <summary>Only web, mail, phone and scheme-less addresses stay links; the rest are text, whatever their spelling.</summary>
public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("  javascript:alert(1)", "javascript")]
    [InlineData("\u0001\u001fjavascript:alert(1)", "javascript")]
    [InlineData("java\tscr\nipt:alert(1)", "javascript")]
    [InlineData("data:text/html,<script>", "data")]
    [InlineData("VBScript:msgbox", "vbscript")]
    [InlineData("https://example.org/a:b", "https")]
    [InlineData("../relative:colon", null)]
    [InlineData("#frag:ment", null)]
    [InlineData("/en/news/x/?q=a:b", null)]
    [InlineData("%6Aavascript:alert(1)", null)]
    public void The_scheme_is_read_as_a_browser_reads_it(string url, string? scheme)
    {
        Assert.Equal(scheme, LinkSchemes.SchemeOf(url));
    }

    public static TheoryData<string> Unsafe => new()
    {
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;avascript&colon;alert(1))",
        "[a](<\u0001javascript:alert(1)>)",
        "[a](<java\tscript:alert(1)>)",
        "[a](<javascript:alert(1) >)",
        "<javascript:alert(1)>",
        "[a][r]\n\n[r]: javascript:alert(1)",
        "![a](javascript:alert(1))",
        "![a](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "[a](vbscript:msgbox(1))",
        "[a](data:text/html;base64,PHNjcmlwdD4=)",
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void Script_addresses_are_text_with_or_without_raw_html(string markdown)
    {
        foreach (var allowRawHtml in new[] { false, true })
        {
            var refused = new List<RefusedLink>();
            var renderer = new MarkdownRenderer(allowRawHtml);

            var html = renderer.Render(renderer.Parse(markdown, refused));

            Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src", html, StringComparison.OrdinalIgnoreCase);
            Assert.Single(refused);
        }
    }

    [Theory]
    [InlineData("[a](https://example.org/)", "href=\"https://example.org/\"")]
    [InlineData("[a](http://example.org/)", "href=\"http://example.org/\"")]
    [InlineData("[a](mailto:press@example.org)", "href=\"mailto:press@example.org\"")]
    [InlineData("[a](tel:+86-571-0000)", "href=\"tel:+86-571-0000\"")]
    [InlineData("[a](../harbour/)", "href=\"../harbour/\"")]
    [InlineData("[a](#turn-1)", "href=\"#turn-1\"")]
    [InlineData("<https://example.org/>", "href=\"https://example.org/\"")]
    [InlineData("<press@example.org>", "href=\"mailto:press@example.org\"")]
    [InlineData("![a](/assets/images/x.svg)", "src=\"/assets/images/x.svg\"")]
    public void Web_mail_phone_and_site_addresses_stay_links(string markdown, string expected)
    {
        var refused = new List<RefusedLink>();
        var renderer = new MarkdownRenderer(allowRawHtml: false);

        var html = renderer.Render(renderer.Parse(markdown, refused));

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Empty(refused);
    }

    [Fact]
    public void A_refused_link_keeps_its_text_and_is_reported_at_its_line()
    {
        var refused = new List<RefusedLink>();
        var renderer = new MarkdownRenderer(allowRawHtml: false);

        var html = renderer.Render(renderer.Parse("Intro.\n\nSee [the *map*](javascript:alert(1)) now.\n", refused));

        Assert.Equal("<p>Intro.</p>\n<p>See the <em>map</em> now.</p>\n", html);
        var warning = refused.Single().ToWarning("news/x.md", firstLine: 5);
        Assert.Equal("news/x.md:7:1: warning: The link address 'javascript:alert(1)' uses the scheme 'javascript:', which could run script or hide what it opens; it is shown as text. Fix: Link only to http:, https:, mailto: or tel: addresses, or to pages and files of this site.", warning.ToString());
    }

    [Fact]
    public void Raw_html_is_written_as_it_is_when_allowed()
    {
        var renderer = new MarkdownRenderer(allowRawHtml: true);

        Assert.Contains("<a href=\"javascript:void(0)\">", renderer.ToHtml("<a href=\"javascript:void(0)\">raw</a>\n"), StringComparison.Ordinal);
    }
}
