using System.Collections.Frozen;
using System.Globalization;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Text;

/// <summary>
/// Characters a URL must not carry because no one sees them: C0 and C1 controls, and invisible
/// format characters (zero-width spaces and joiners, direction marks, embeddings, overrides and
/// isolates such as U+202E, the byte order mark). In a slug or an alias they make an address that
/// reads as one thing and is another. Pure.
/// </summary>
public static class HiddenCharacters
{
    private static readonly FrozenDictionary<int, string> Names = new Dictionary<int, string>
    {
        [0x200B] = "ZERO WIDTH SPACE", [0x200C] = "ZERO WIDTH NON-JOINER", [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK", [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING", [0x202B] = "RIGHT-TO-LEFT EMBEDDING", [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE", [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE", [0x2067] = "RIGHT-TO-LEFT ISOLATE", [0x2068] = "FIRST STRONG ISOLATE", [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE (byte order mark)",
    }.ToFrozenDictionary();

    /// <summary>True for a control or an invisible format character.</summary>
    public static bool IsHidden(char c) => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The index of the first hidden character of <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsHidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How a hidden character is named in a message: <c>U+202E (RIGHT-TO-LEFT OVERRIDE)</c>, <c>U+0007 (a control character)</c>.</summary>
    public static string Describe(char c) =>
        $"U+{(int)c:X4} ({(Names.TryGetValue(c, out var name) ? name : char.IsControl(c) ? "a control character" : "an invisible format character")})";

    /// <summary>
    /// The error for a <paramref name="what"/> (<c>'slug:'</c>, <c>the file name</c>, <c>the alias …</c>)
    /// holding a hidden character, at <paramref name="file"/>:<paramref name="line"/>; null when there is none.
    /// The message names the character by code point, never by printing it.
    /// </summary>
    public static Diagnostic? Refuse(string file, int line, string what, string value, string fix)
    {
        var at = IndexIn(value);
        if (at < 0)
        {
            return null;
        }

        var visible = string.Concat(value.Where(c => !IsHidden(c)));
        return Diagnostic.Error(file, line, 1,
            $"{what} contains {Describe(value[at])} at character {at + 1}, which no one can see: the address would read as '{visible}' but be another.",
            fix, "hidden-character");
    }
}
