namespace WuzhenSite.Build;

/// <summary>The names of the site's pipelines, for dependencies and for reading each other's results.</summary>
public static class PipelineNames
{
    /// <summary>Articles, transcripts and pages.</summary>
    public const string Content = nameof(Content);

    /// <summary>Speaker, forum and event profiles.</summary>
    public const string Profiles = nameof(Profiles);

    /// <summary>The site index: terms and feed plan, built once from Profiles and Content (<c>SiteData.SiteIndex</c>).</summary>
    public const string SiteIndex = nameof(SiteIndex);

    /// <summary>Home pages and section lists.</summary>
    public const string Lists = nameof(Lists);

    /// <summary>Tag pages and term indexes.</summary>
    public const string Taxonomies = nameof(Taxonomies);

    /// <summary>Each language's Lunr index and the data the search page reads.</summary>
    public const string Search = nameof(Search);

    /// <summary>Images, files, theme CSS and JS.</summary>
    public const string Assets = nameof(Assets);

    /// <summary>Feeds, redirect pages and the nginx map, transcript text downloads.</summary>
    public const string Publishing = nameof(Publishing);

    /// <summary>Sitemaps per language, the sitemap index and robots.txt.</summary>
    public const string Sitemaps = nameof(Sitemaps);

    /// <summary>Link validation over every written page.</summary>
    public const string Links = nameof(Links);

    /// <summary>The site root language chooser.</summary>
    public const string Root = nameof(Root);
}
