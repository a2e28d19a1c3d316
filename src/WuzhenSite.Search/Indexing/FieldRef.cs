namespace WuzhenSite.Search;

/// <summary>
/// lunr's <c>FieldRef</c>: a (field, document) pair, written <c>field/ref</c> — the key of a field vector.
/// </summary>
/// <param name="FieldName">The field name.</param>
/// <param name="DocumentRef">The document ref.</param>
public readonly record struct FieldRef(string FieldName, string DocumentRef)
{
    /// <summary>lunr's joiner between field name and document ref.</summary>
    public const char Joiner = '/';

    /// <summary>The <c>field/ref</c> string.</summary>
    public override string ToString() => string.Concat(FieldName, "/", DocumentRef);

    /// <summary>Parses <c>field/ref</c> (split at the first '/', as lunr does).</summary>
    public static FieldRef Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int slash = value.IndexOf(Joiner, StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new FormatException("malformed field ref string");
        }

        return new FieldRef(value[..slash], value[(slash + 1)..]);
    }
}
