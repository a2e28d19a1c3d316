namespace WuzhenSite.SiteSearch;

/// <summary>
/// Search document refs: the entry's position in base 36 (<c>0</c>…<c>z</c>, <c>10</c>…). Short refs
/// keep the index small (every posting repeats its ref), and the browser turns a ref back into a
/// position with <c>parseInt(ref, 36)</c> to find the entry's stored fields and facets.
/// </summary>
public static class SearchRefs
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>The ref of the entry at <paramref name="position"/>.</summary>
    public static string For(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (position < 36)
        {
            return Digits[position].ToString();
        }

        Span<char> buffer = stackalloc char[8];
        int start = buffer.Length;
        for (int value = position; value > 0; value /= 36)
        {
            buffer[--start] = Digits[value % 36];
        }

        return new string(buffer[start..]);
    }
}
