using System.Collections.Concurrent;
using System.Reflection;
using WuzhenSite.Configuration;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Taxonomies;
using WuzhenSite.Theming;
using WuzhenSite.Urls;

namespace WuzhenSite.Rendering;

/// <summary>Builds the <see cref="SiteView"/> of each language once per build.</summary>
/// <param name="customCss">URL of the site's custom stylesheet, or null when it has none (<see cref="SiteView.CustomCss"/>).</param>
public sealed class SiteViewFactory(SiteSettings settings, LinkBuilder links, UiStrings strings, int year, string? customCss = null)
{
    /// <summary>The program's name and version, as the generator meta tag and feeds give it.</summary>
    public static readonly string Generator = "WuzhenSite " + (typeof(SiteViewFactory).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0");

    private readonly ConcurrentDictionary<string, SiteView> _cache = new(StringComparer.Ordinal);

    /// <summary>The site as layouts of <paramref name="language"/> see it.</summary>
    public SiteView For(string language) => _cache.GetOrAdd(language, Create);

    private SiteView Create(string language)
    {
        var lang = settings.FindLanguage(language) ?? settings.DefaultLanguageSettings;
        var t = strings.For(language);
        string Label(string key, string fallback) => t.TryGetValue(key, out var text) ? text : fallback;
        var nav = new List<LinkView>
        {
            new(Label("nav_news", "News"), links.Link($"/{language}/news/")),
            new(Label("nav_transcripts", "Transcripts"), links.Link($"/{language}/transcripts/")),
            new(Label("nav_forums", "Forums"), links.Link(TermKinds.IndexUrl(TermKind.Forum, language))),
            new(Label("nav_speakers", "Speakers"), links.Link(TermKinds.IndexUrl(TermKind.Speaker, language))),
            new(Label("nav_events", "Events"), links.Link(TermKinds.IndexUrl(TermKind.Event, language))),
            new(Label("nav_tags", "Tags"), links.Link(TermKinds.IndexUrl(TermKind.Tag, language))),
        };
        return new SiteView
        {
            Title = lang.SiteTitle ?? settings.SiteTitle,
            Description = lang.SiteDescription ?? settings.SiteDescription,
            BaseUrl = settings.BaseUrl,
            LinkRoot = links.Root,
            Lang = LanguageView(lang, language),
            Languages = settings.Languages.Select(l => LanguageView(l, language)).ToList(),
            HomeUrl = links.Link(SitePaths.Home(language)),
            SearchUrl = links.Link(SitePaths.Search(language)),
            Nav = nav,
            Year = year,
            Generator = Generator,
            CustomCss = customCss,
        };
    }

    private LanguageView LanguageView(LanguageSettings language, string current) => new(
        language.Code,
        language.Name,
        language.Locale ?? language.Code,
        language.Direction,
        links.Link(SitePaths.Home(language.Code)),
        language.Code == current,
        language.Code == settings.DefaultLanguage);
}
