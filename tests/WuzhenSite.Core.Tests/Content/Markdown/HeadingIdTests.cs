using WuzhenSite.Content.Markdown;

namespace WuzhenSite.Core.Tests.Content.Markdown;

public sealed class HeadingIdTests
{
    [Fact]
    public void A_heading_on_a_taken_id_gets_the_first_free_suffix_in_document_order()
    {
        var renderer = new MarkdownRenderer(allowRawHtml: false);
        var syntax = renderer.Parse("# Main\n\n## Main\n\n## Top\n\n## Other\n");
        var taken = new HashSet<string> { "main", "main-1", "top" };

        HeadingIds.MakeUnique(syntax, taken);

        // Markdig names the second "Main" main-1; both move past the taken ids.
        Assert.Equal("<h1 id=\"main-2\">Main</h1>\n<h2 id=\"main-1-1\">Main</h2>\n<h2 id=\"top-1\">Top</h2>\n<h2 id=\"other\">Other</h2>\n", renderer.Render(syntax));
        Assert.Superset(new HashSet<string> { "main-2", "main-1-1", "top-1", "other" }, taken);
    }

    [Fact]
    public void The_theme_s_literal_ids_are_read_and_liquid_ids_left_out()
    {
        var ids = ThemeIds.InLayout("<main id=\"main\"><a id='top'></a><div id=\"{{ turn.id }}\"></div><p data-id=\"x\" class=\"id\">");

        Assert.Equal(["main", "top"], ids);
    }

    [Fact]
    public void The_default_theme_reserves_main_top_and_search()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var ids = ThemeIds.Read(new WuzhenSite.Theming.ThemeFiles(root, Path.Combine(root, "themes", "default")));

        Assert.Contains("main", ids);
        Assert.Contains("top", ids);
        Assert.Contains("search", ids);
    }
}
