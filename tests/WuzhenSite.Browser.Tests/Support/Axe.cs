using System.Text.Json;
using Microsoft.Playwright;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>axe-core run on the page as it is now, for the WCAG 2.2 A and AA rules.</summary>
internal static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Each violation as "rule: help at [first elements]"; empty when there is none.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = NodePackages.AxeScript });
        var result = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } }); " +
            "return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }",
            Tags);
        return [.. result.EnumerateArray().Select(v => $"{v.GetProperty("id")}: {v.GetProperty("help")} at {v.GetProperty("nodes")}")];
    }
}
