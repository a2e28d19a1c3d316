using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class ConcurrencyTests
{
    private const string Layout = """
        {%- capture head -%}<title>{{ page.title }}</title>{%- endcapture -%}
        {{ head }}
        {%- for post in posts -%}
          {%- cycle 'odd', 'even' %} {{ forloop.index }}/{{ forloop.length }} {{ post.title | upcase }} {% increment shown %}
          {%- include 'partials/tag' with post.category %}
          {%- render 'partials/card', title: post.title -%}
        {%- endfor -%}
        {{ posts | map: 'weight' | sum }} {{ page | json }}
        """;

    [Fact]
    public void One_template_rendered_from_many_threads_gives_identical_output()
    {
        var loader = new InMemoryLoader(
            ("partials/tag", "[{{ tag }}{% assign seen = tag %}]"),
            ("partials/card", "<div>{{ title }}</div>"));
        var template = LiquidParser.Parse(Layout, "layouts/default.liquid");
        var posts = Enumerable.Range(1, 20)
            .Select(i => new TestPost($"post <{i}>", i % 3 == 0 ? "news" : "blog", i, i % 2 == 0, DateTimeOffset.UnixEpoch.AddDays(i)))
            .ToArray();

        string RenderOnce(int seed)
        {
            var context = new LiquidContext(loader);
            context.SetValue("page", new TestPage("首页 & more", seed % 1, true, null, "2024-01-01", ["t"]));
            context.SetValue("posts", posts);
            return template.Render(context);
        }

        var expected = RenderOnce(0);
        var results = new string[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => results[i] = RenderOnce(i));

        Assert.All(results, result => Assert.Equal(expected, result));
        Assert.Contains("<div>post &lt;20&gt;</div>", expected, StringComparison.Ordinal);
        Assert.Contains("odd 1/20 POST &lt;1&gt; 0", expected, StringComparison.Ordinal);
        Assert.Contains("even 2/20", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_seen_for_the_first_time_on_many_threads_resolve_consistently()
    {
        var template = LiquidParser.Parse("{{ o.first_name }} {{ o.last_name }}", "t");

        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            var context = new LiquidContext();
            context.SetValue("o", new { FirstName = "San", LastName = "Zhang" });
            results[i] = template.Render(context);
        });

        Assert.All(results, r => Assert.Equal("San Zhang", r));
    }
}
