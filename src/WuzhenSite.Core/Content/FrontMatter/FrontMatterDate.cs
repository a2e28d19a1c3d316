namespace WuzhenSite.Content.FrontMatter;

/// <summary>A date from front matter; <see cref="HasTime"/> is false for a plain <c>YYYY-MM-DD</c>.</summary>
public readonly record struct FrontMatterDate(DateTimeOffset Value, bool HasTime)
{
    /// <summary>The calendar date as written, whatever the offset.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Value.DateTime);
}
