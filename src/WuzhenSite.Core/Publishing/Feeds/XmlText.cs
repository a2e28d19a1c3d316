using System.Text;
using System.Xml;

namespace WuzhenSite.Publishing.Feeds;

/// <summary>Text made safe for XML 1.0: characters XML cannot carry (control characters, lone surrogates) are dropped.</summary>
public static class XmlText
{
    /// <summary><paramref name="text"/> without characters XML 1.0 forbids.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            bool valid = width == 2 || (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c));
            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
            }
            else
            {
                builder?.Append(text, i, width);
            }

            i += width - 1;
        }

        return builder?.ToString() ?? text;
    }
}
