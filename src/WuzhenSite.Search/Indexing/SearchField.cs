namespace WuzhenSite.Search;

/// <summary>A field to index, with its lunr boost (<c>builder.field(name, { boost })</c>).</summary>
public sealed class SearchField
{
    /// <summary>Creates a field definition.</summary>
    /// <param name="name">The field name; must not contain '/' (lunr's field-ref joiner).</param>
    /// <param name="boost">Boost applied to every term of this field. As in lunr, 0 and NaN mean 1.</param>
    public SearchField(string name, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Field '{name}' contains illegal character '/'.", nameof(name));
        }

        Name = name;
        Boost = boost;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The field boost as given.</summary>
    public double Boost { get; }
}
