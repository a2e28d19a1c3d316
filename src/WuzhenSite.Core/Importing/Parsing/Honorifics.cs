using System.Text.RegularExpressions;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// Courtesy titles before a name (<c>Mr.</c>, <c>Ms.</c>, <c>Dr.</c>…): a participants list writes
/// them, a speaker's name does not, so <c>Mr. Ren Xianliang</c> and <c>Ren Xianliang</c> are one speaker.
/// </summary>
internal static partial class Honorifics
{
    /// <summary>The name without its courtesy title; <paramref name="honorific"/> is the title as written, or null.</summary>
    public static string Strip(string name, out string? honorific)
    {
        var match = Leading().Match(name);
        if (match.Success && match.Length < name.Length)
        {
            honorific = match.Groups["title"].Value;
            return name[match.Length..].Trim();
        }

        honorific = null;
        return name.Trim();
    }

    [GeneratedRegex(@"^(?<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Madam|Mme|Sir|Dame|H\.E)\.?)\s+(?=\p{Lu})")]
    private static partial Regex Leading();
}
