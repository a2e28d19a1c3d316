namespace WuzhenSite.Publishing.Redirects;

/// <summary>Where a redirect page comes from: the alias as written and the front matter line of <c>aliases</c>.</summary>
public sealed record RedirectOrigin(string Alias, int Line)
{
    /// <summary>The metadata key of a redirect page's origin.</summary>
    public const string Key = nameof(RedirectOrigin);
}
