namespace WuzhenSite.Search;

/// <summary>
/// <c>lunr.trimmer</c>: removes leading and trailing non-word characters, where "word"
/// is the JavaScript regex class <c>\w</c> (<c>[A-Za-z0-9_]</c>). A token made only of
/// non-word characters becomes the empty string, which lunr.js keeps (and indexes).
/// </summary>
public static class Trimmer
{
    /// <summary>The label lunr.js registers this pipeline function under.</summary>
    public const string Label = "trimmer";

    /// <summary>Trims <paramref name="token"/>; returns the same instance when nothing is removed.</summary>
    public static string Trim(string token)
    {
        var span = token.AsSpan();
        int start = 0;
        while (start < span.Length && !JsText.IsWordChar(span[start]))
        {
            start++;
        }

        if (start == span.Length)
        {
            return string.Empty;
        }

        int end = span.Length;
        while (!JsText.IsWordChar(span[end - 1]))
        {
            end--;
        }

        return start == 0 && end == span.Length ? token : token.Substring(start, end - start);
    }
}
