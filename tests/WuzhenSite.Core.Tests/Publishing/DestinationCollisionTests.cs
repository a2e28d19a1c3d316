using WuzhenSite.Publishing.Collisions;

namespace WuzhenSite.Core.Tests.Publishing;

public sealed class DestinationCollisionTests
{
    private static OutputClaim Site(string path, string what) => new(path, char.ToUpperInvariant(what[0]) + what[1..], what);

    private static OutputClaim Alias(string path, string alias, string file, int line) =>
        new(path, $"The alias '{alias}'", $"the alias '{alias}' of input/{file}:{line}", file, line, "Choose another old URL.");

    [Fact]
    public void Distinct_paths_are_no_collision()
    {
        Assert.Empty(DestinationCollisions.Find([Site("robots.txt", "the site's robots.txt"), Alias("old/index.html", "/old/", "news/a.md", 4)], StringComparer.Ordinal));
    }

    [Fact]
    public void Two_claims_on_one_path_are_one_error_on_the_authored_claim()
    {
        var errors = DestinationCollisions.Find([Alias("404.html", "/404.html", "news/a.md", 4), Site("404.html", "the site's 404 page 404.html")], StringComparer.Ordinal);

        var error = Assert.Single(errors);
        Assert.Equal("news/a.md:4:1: error: The alias '/404.html' would be written to '404.html', which is also the path of the site's 404 page 404.html. Fix: Choose another old URL.", error.ToString());
    }

    [Fact]
    public void A_path_through_a_file_is_an_error_naming_the_file()
    {
        var errors = DestinationCollisions.Find([Site("robots.txt", "the site's robots.txt"), Alias("robots.txt/index.html", "/robots.txt", "news/a.md", 4)], StringComparer.Ordinal);

        Assert.Equal("The alias '/robots.txt' would be written to 'robots.txt/index.html', which needs a folder 'robots.txt/' where the site's robots.txt is a file.", Assert.Single(errors).Message);
    }

    [Fact]
    public void An_authored_file_in_the_way_of_the_site_s_folder_gets_the_error()
    {
        var errors = DestinationCollisions.Find([Alias("en.html", "/en.html", "news/a.md", 4), Site("en.html/index.html", "the site's list page en.html/index.html")], StringComparer.Ordinal);

        var error = Assert.Single(errors);
        Assert.Equal("news/a.md", error.File);
        Assert.StartsWith("The alias '/en.html' would be written to 'en.html', which must stay a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_two_authors_the_later_file_and_line_gets_the_error()
    {
        var errors = DestinationCollisions.Find([Alias("x/index.html", "/x/", "news/b.md", 6), Alias("x/index.html", "/x", "news/a.md", 4)], StringComparer.Ordinal);

        var error = Assert.Single(errors);
        Assert.Equal(("news/b.md", 6), (error.File, error.Line));
        Assert.Contains("the alias '/x' of input/news/a.md:4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_differing_in_case_collide_where_the_file_system_ignores_case()
    {
        var claims = new[] { Site("en/news/index.html", "the site's list page"), Alias("en/News/index.html", "/en/News/", "news/a.md", 4) };

        Assert.Single(DestinationCollisions.Find(claims, StringComparer.OrdinalIgnoreCase));
        Assert.Empty(DestinationCollisions.Find(claims, StringComparer.Ordinal));
    }
}

public sealed class RootAliasTests
{
    [Fact]
    public void An_alias_of_the_site_root_is_the_root_index_not_a_rooted_path() =>
        Assert.Equal("index.html", WuzhenSite.Publishing.Redirects.RedirectFiles.Destination("/"));
}
