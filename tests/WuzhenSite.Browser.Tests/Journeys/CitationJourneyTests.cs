using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Journeys;

/// <summary>A journalist quoting a transcript: the Cite button copies the citation of that turn.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitationJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task The_cite_button_copies_speaker_transcript_date_and_the_turns_url()
    {
        var page = await site.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl });
        await page.GotoAsync(site.BaseUrl + "/en/transcripts/2017-scio-press-conference-fourth-wic/");

        var cite = page.Locator("#ren-xianliang-2 button.turn-cite");
        await Assertions.Expect(cite).ToBeVisibleAsync();
        await cite.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(cite).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-copied"));

        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("Ren Xianliang, ", copied, StringComparison.Ordinal);
        Assert.Contains("16 November 2017", copied, StringComparison.Ordinal);
        Assert.EndsWith("/en/transcripts/2017-scio-press-conference-fourth-wic/#ren-xianliang-2", copied, StringComparison.Ordinal);
    }
}
