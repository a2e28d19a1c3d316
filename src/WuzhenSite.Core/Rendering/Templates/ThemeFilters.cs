using Fluid;
using WuzhenSite.Rendering.Templates.Filters;

namespace WuzhenSite.Rendering.Templates;

/// <summary>
/// The filters the theme's templates may use beyond Fluid's standard Liquid ones: the one place a
/// new filter is added, one line each (the function lives in <c>Filters/</c>, one class per concern).
/// </summary>
public static class ThemeFilters
{
    /// <summary>Adds our filters to Fluid's.</summary>
    public static void AddTo(FilterCollection filters)
    {
        // {{ t.page_x_of_y | format: 2, 5 }}: numbered placeholders {0}, {1} (as our UI strings write them).
        filters.AddFilter("format", FormatFilter.Format);

        // Replaces Fluid's: decodes entities too, so a body's text compares with a plain-text summary.
        filters.AddFilter("strip_html", StripHtmlFilter.StripHtml);

        // Jekyll's name for Fluid's json filter.
        if (filters.TryGetValue("json", out var json))
        {
            filters.AddFilter("jsonify", json);
        }
    }
}
