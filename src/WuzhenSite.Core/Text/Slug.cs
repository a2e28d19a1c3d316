using System.Globalization;
using System.Text;
using WuzhenSite.Text;

namespace WuzhenSite.Text;

/// <summary>
/// Makes URL segments from names: lower case, letters and digits kept (Chinese too, so a Chinese
/// name keeps a readable slug), everything else folded into single hyphens. Names that differ only
/// in case, spacing or punctuation get the same slug, which is what makes them the same term.
/// </summary>
public static class Slug
{
    /// <summary>The slug of a name; empty when the name has no letters or digits.</summary>
    public static string From(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue; // é -> e: accents do not make a different term
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (rune.Value != '\'' && rune.Value != '\u2019')
            {
                pendingHyphen = true; // apostrophes join ("China's" -> "chinas"), everything else separates
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <paramref name="segment"/> is safe as one path segment: no slashes, no dots at the ends, no control or invisible format characters.</summary>
    public static bool IsSafeSegment(string segment)
    {
        if (segment.Length is 0 or > 200 || segment is "." or "..")
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (c is '/' or '\\' or ':' or '?' or '#' or '%' or '"' or '<' or '>' or '|' or '*' || HiddenCharacters.IsHidden(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return segment[0] != '.' && segment[^1] != '.';
    }
}
