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

    /// <summary>Each article's and transcript's related stories, chosen once from the site index (<c>SiteData.Related.RelatedPages</c>).</summary>
    public const string Related = nameof(Related);

    /// <summary>Home pages and section lists.</summary>
    public const string Lists = nameof(Lists);

    /// <summary>Tag pages and term indexes.</summary>
    public const string Taxonomies = nameof(Taxonomies);

    /// <summary>Each language's Lunr index and the data the search page reads.</summary>
    public const string Search = nameof(Search);

    /// <summary>The photos of the input folder, their sizes and credits (<c>Images.Sources.ImageCatalog</c>), read once before any page shows one.</summary>
    public const string ImageSources = nameof(ImageSources);

    /// <summary>The resized copies of the photos pages show, in each format, from the image cache or encoded.</summary>
    public const string Images = nameof(Images);

    /// <summary>Files, theme CSS and JS, and photos no page shows, copied as they are.</summary>
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
