using System.Text;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Theming;

namespace WuzhenSite.Core.Tests.Rendering;

/// <summary>
/// The theme's Liquid as the site renders it, through <see cref="LayoutRenderer"/> whatever engine is
/// behind it: auto-escaping with the site's entities (Chinese untouched), snake_case members of our
/// views, UI-string placeholders, partials through theme overrides and parsed once, render with
/// parameters and the page's globals, and one parsed layout shared by threads. (Template errors and
/// positions are tested in tests/WuzhenSite.Liquid.Tests and ThemeOverrideTests.)
/// </summary>
public sealed class TemplateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wuzhen-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateTests() => Directory.CreateDirectory(Path.Combine(_root, "theme", "layouts", "partials"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Output_is_html_escaped_with_the_sites_entities()
    {
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;", Render("{{ page.title }}", Page("<script>alert(1)</script> & \"q\" 'a'")));
    }

    [Fact]
    public void Chinese_and_other_non_ascii_text_passes_through_unchanged()
    {
        Assert.Equal("乌镇峰会 — “Ünïcödé” 😀", Render("{{ page.title }}", Page("乌镇峰会 — “Ünïcödé” 😀")));
    }

    [Fact]
    public void Raw_writes_html_fields_as_they_are_and_assigned_strings_are_escaped()
    {
        var page = Page("T") with { Content = "<p>Body &amp; more</p>" };

        Assert.Equal("<p>Body &amp; more</p>|&lt;b&gt;", Render("{{ page.content | raw }}|{% assign x = '<b>' %}{{ x }}", page));
    }

    [Fact]
    public void View_members_are_read_by_their_snake_case_names()
    {
        var page = Page("T") with
        {
            ReadingMinutes = 7,
            DateDisplay = "1 May 2024",
            Data = new Dictionary<string, object?> { ["term_kind"] = "speakers", ["turns"] = new List<Dictionary<string, object?>> { new() { ["speaker_name"] = "Li" } } },
            Params = new Dictionary<string, object?> { ["hero"] = "yes" },
            Forums = [new LinkView("Forum A", "/en/forums/a/")],
        };

        Assert.Equal("7|1 May 2024|/|speakers|Li|yes|Forum A 1|Home",
            Render("{{ page.reading_minutes }}|{{ page.date_display }}|{{ site.link_root }}|{{ page.data.term_kind }}|{{ page.data.turns[0].speaker_name }}|{{ page.params.hero }}|{{ page.forums.first.name }} {{ page.forums.size }}|{{ t.home }}", page));
    }

    [Fact]
    public void Ui_string_placeholders_are_filled_by_replace_and_format()
    {
        var page = Page("T") with { ReadingMinutes = 4 };

        Assert.Equal("4 min read|Page 2 of 5 {x}", Render("{{ t.min_read | replace: '{0}', page.reading_minutes }}|{{ 'Page {0} of {1} {x}' | format: 2, 5 }}", page));
    }

    [Fact]
    public void Strip_html_also_decodes_entities_so_body_text_compares_with_a_summary()
    {
        var page = Page("T") with { Content = "<p>The &quot;theme&quot; &amp; more</p><script>x()</script>" };

        Assert.Equal("The &quot;theme&quot; &amp; more|yes", Render("{{ page.content | strip_html }}|{% assign text = page.content | strip_html %}{% if text contains '\"theme\" & more' %}yes{% endif %}", page));
    }

    [Fact]
    public void Include_shares_the_variables_assigned_before_it()
    {
        Write("theme/layouts/partials/label.liquid", "[{{ kind }}:{{ page.title }}]");

        Assert.Equal("[news:T]", Render("{% assign kind = 'news' %}{% include 'partials/label' %}", Page("T")));
    }

    [Fact]
    public void Render_sees_its_parameters_and_the_pages_globals_but_not_the_callers_variables()
    {
        Write("theme/layouts/partials/card.liquid", "{{ heading }}|{{ page.title }}|{{ site.title }}|{{ t.home }}|{{ secret }}.");

        Assert.Equal("3|T|Site|Home|.", Render("{% capture secret %}hidden{% endcapture %}{% render 'partials/card', heading: 3 %}", Page("T")));
    }

    [Fact]
    public void A_site_partial_overrides_the_themes()
    {
        Write("theme/layouts/partials/label.liquid", "theme");
        Write("site/layouts/partials/label.liquid", "site");

        Assert.Equal("site", Render("{% include 'partials/label' %}", Page("T")));
    }

    [Fact]
    public void A_partial_is_parsed_once_per_renderer_not_read_again_for_each_page()
    {
        Write("theme/layouts/partials/label.liquid", "first");
        Write("theme/layouts/base.liquid", "{% include 'partials/label' %}");
        var renderer = new LayoutRenderer(Theme());
        Assert.Equal("first", Text(renderer.Render(Page("T"), Site, Strings)));

        Write("theme/layouts/partials/label.liquid", "second");

        Assert.Equal("first", Text(renderer.Render(Page("T"), Site, Strings)));
    }

    [Fact]
    public void One_layout_rendered_from_many_threads_gives_each_page_its_own_output()
    {
        Write("theme/layouts/partials/item.liquid", "<li>{{ item }}</li>");
        Write("theme/layouts/base.liquid", "<h1>{{ page.title }}</h1><ul>{% for item in page.params.items %}{% include 'partials/item' %}{% endfor %}</ul>");
        var renderer = new LayoutRenderer(Theme());
        var pages = Enumerable.Range(0, 200)
            .Select(i => Page($"页 {i}") with { Params = new Dictionary<string, object?> { ["items"] = new List<object?> { i, "<" + i + ">" } } })
            .ToArray();

        var rendered = new string[pages.Length];
        Parallel.For(0, pages.Length, i => rendered[i] = Text(renderer.Render(pages[i], Site, Strings)));

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal($"<h1>页 {i}</h1><ul><li>{i}</li><li>&lt;{i}&gt;</li></ul>", rendered[i]);
        }
    }

    private static readonly SiteView Site = new()
    {
        Title = "Site",
        Description = "D",
        BaseUrl = "https://news.example.org",
        LinkRoot = "/",
        Lang = new LanguageView("en", "English", "en-GB", "ltr", "/en/", true, true),
        Languages = [new LanguageView("en", "English", "en-GB", "ltr", "/en/", true, true)],
        HomeUrl = "/en/",
        SearchUrl = "/en/search/",
        Nav = [],
        Year = 2026,
        Generator = "WuzhenSite",
    };

    private static readonly IReadOnlyDictionary<string, string> Strings = new Dictionary<string, string> { ["home"] = "Home", ["min_read"] = "{0} min read" };

    private static PageView Page(string title) => new()
    {
        Kind = "page",
        // base is the outermost layout: no wrapper, and no front matter to stand in for with blank lines.
        Layout = "base",
        Title = title,
        Url = "/en/t/",
        Permalink = "https://news.example.org/en/t/",
        Lang = "en",
        Dir = "ltr",
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private ThemeFiles Theme() => new(Path.Combine(_root, "site"), Path.Combine(_root, "theme"));

    private string Render(string layout, PageView page)
    {
        Write("theme/layouts/base.liquid", layout);
        return Text(new LayoutRenderer(Theme()).Render(page, Site, Strings));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
