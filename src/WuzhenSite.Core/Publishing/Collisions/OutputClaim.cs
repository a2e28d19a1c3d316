namespace WuzhenSite.Publishing.Collisions;

/// <summary>
/// One file the build means to write and who asked for it. <see cref="File"/> is set when an author
/// can change the claim (a page's slug, an alias, a content asset): that is where an error goes.
/// </summary>
/// <param name="Destination">The output path, relative to the output folder (<c>en/news/x/index.html</c>).</param>
/// <param name="Subject">The claimant as the start of a sentence about it ("The alias '/old/'").</param>
/// <param name="Description">The claimant as named in another claimant's error ("the theme asset assets/css/site.css").</param>
/// <param name="File">The source file an author can change (relative to the input folder), or null for what the site generates.</param>
/// <param name="Line">The line of that file the claim comes from (the slug's or the aliases' front matter line); 0 when none.</param>
/// <param name="Fix">What the author can do about it.</param>
public sealed record OutputClaim(string Destination, string Subject, string Description, string? File = null, int Line = 0, string? Fix = null)
{
    /// <summary>True when an author made this claim and can change it.</summary>
    public bool IsAuthored => File is not null;
}
