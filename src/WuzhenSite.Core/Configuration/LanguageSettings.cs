using System.Globalization;

namespace WuzhenSite.Configuration;

/// <summary>One language the site is published in, as configured in <c>statiq.json</c>.</summary>
public sealed record LanguageSettings
{
    /// <summary>The code used in file suffixes and URLs (<c>en</c>, <c>zh</c>, <c>fr</c>).</summary>
    public string Code { get; init; } = "";

    /// <summary>The language's own name, shown in the language switcher (<c>English</c>, <c>中文</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>The culture used to format dates and numbers (<c>en-GB</c>, <c>zh-CN</c>); defaults to the code.</summary>
    public string? Locale { get; init; }

    /// <summary><c>ltr</c> or <c>rtl</c>.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>The site title in this language; defaults to the site-wide <c>SiteTitle</c>.</summary>
    public string? SiteTitle { get; init; }

    /// <summary>The site description in this language; defaults to the site-wide <c>SiteDescription</c>.</summary>
    public string? SiteDescription { get; init; }

    /// <summary>The culture for formatting, falling back to the invariant culture when the name is unknown.</summary>
    public CultureInfo Culture => CultureFor(Locale ?? Code);

    private static CultureInfo CultureFor(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
