using System.Text.RegularExpressions;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Localization;

/// <summary>
/// Reads a file's language from its name: <c>name.md</c> is in the default language, <c>name.zh.md</c>
/// in <c>zh</c>. A suffix that looks like a language but is not configured is an error, because it is
/// almost always a typo or a language someone forgot to add to the settings.
/// </summary>
public static partial class LanguageSuffix
{
    /// <summary>The file's language and its path without the language suffix and extension.</summary>
    public readonly record struct Result(string Language, string PathWithoutLanguage, bool HasSuffix);

    /// <summary>Resolves the language of <paramref name="relativePath"/> (forward slashes, with extension).</summary>
    public static (Result? Result, Diagnostic? Error) Resolve(string relativePath, SiteSettings settings)
    {
        var withoutExtension = relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? relativePath[..^3] : relativePath;
        var lastSlash = withoutExtension.LastIndexOf('/');
        var lastDot = withoutExtension.LastIndexOf('.');
        if (lastDot > lastSlash + 1)
        {
            var candidate = withoutExtension[(lastDot + 1)..];
            if (settings.FindLanguage(candidate) is not null)
            {
                return (new Result(candidate, withoutExtension[..lastDot], true), null);
            }

            if (LooksLikeLanguageCode().IsMatch(candidate))
            {
                var configured = string.Join(", ", settings.Languages.Select(l => l.Code));
                return (null, Diagnostic.Error(relativePath, 0, 0,
                    $"The file name says language '{candidate}', which is not configured (configured: {configured}).",
                    $"Rename the file to use one of {configured}, or add '{candidate}' to \"Languages\" in statiq.json.",
                    "language"));
            }
        }

        return (new Result(settings.DefaultLanguage, withoutExtension, false), null);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LooksLikeLanguageCode();
}
