using System.Globalization;

namespace WuzhenSite.Configuration;

/// <summary>One language the site is published in, as configured in <c>statiq.json</c>.</summary>
// Setters, not init: the compile-time JSON reader (SettingsJsonContext) assigns every init-only
// property, so a setting left out of statiq.json would become null instead of keeping its default
// (dotnet/runtime#84484). Nothing changes settings once they are loaded.
public sealed record LanguageSettings
{
    /// <summary>The code used in file suffixes and URLs (<c>en</c>, <c>zh</c>, <c>fr</c>).</summary>
    public string Code { get; set; } = "";

    /// <summary>The language's own name, shown in the language switcher (<c>English</c>, <c>中文</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The culture used to format dates and numbers (<c>en-GB</c>, <c>zh-CN</c>); defaults to the code.</summary>
    public string? Locale { get; set; }

    /// <summary><c>ltr</c> or <c>rtl</c>.</summary>
    public string Direction { get; set; } = "ltr";

    /// <summary>The site title in this language; defaults to the site-wide <c>SiteTitle</c>.</summary>
    public string? SiteTitle { get; set; }

    /// <summary>The site description in this language; defaults to the site-wide <c>SiteDescription</c>.</summary>
    public string? SiteDescription { get; set; }

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
