using Spectre.Console;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>Prints the external links a build found, one <c>page -&gt; url</c> line each, for <c>--list-external-links</c>.</summary>
internal static class ExternalLinkList
{
    public static void Write(IAnsiConsole console, BuildResult outcome)
    {
        console.WriteLine($"External links ({outcome.ExternalLinks.Count}, not fetched):");
        foreach (var (page, url) in outcome.ExternalLinks)
        {
            console.Profile.Out.Writer.WriteLine(VisibleText.Escape($"{page} -> {url}"));
        }
    }
}
