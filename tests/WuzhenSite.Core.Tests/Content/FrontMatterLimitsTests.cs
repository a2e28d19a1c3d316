using System.Text;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Core.Tests.Content;

/// <summary>
/// Front matter that would nest or expand past what the machine can hold is refused with a
/// diagnostic at the line where a limit was crossed, before anything recursive or expanding runs.
/// </summary>
public sealed class FrontMatterLimitsTests
{
    private const int Deep = 100_000;

    private static (FrontMatterData Data, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml) =>
        FrontMatterParser.Parse(new FrontMatterSplit(yaml, 2, "", 10), "news/a.md");

    /// <summary>Nine levels of nine aliases: about 1 KB that would expand to 9^9 values.</summary>
    private static string BillionLaughs()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)(name - 1);
            text.Append(name).Append(": &").Append(name).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat($"*{previous}", 9)).Append("]\n");
        }

        return text.Append("title: Laughs\n").ToString();
    }

    [Fact]
    public void Billion_laughs_stops_at_the_alias_limit_on_the_line_where_the_expansion_crosses_it()
    {
        var (data, diagnostics) = Parse(BillionLaughs());

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("more than 10,000 values once its aliases (*name) are expanded", error.Message, StringComparison.Ordinal);
        // a..d expand to 8,307 values; the first '*d' on line 5 of the YAML (file line 6) crosses 10,000.
        Assert.Equal(6, error.Line);
        Assert.Null(data.Title);
    }

    public static TheoryData<string, string> DeepYaml => new()
    {
        { "flow lists", "tags: " + new string('[', Deep) + new string(']', Deep) + "\n" },
        { "flow maps", "tags: " + string.Concat(Enumerable.Repeat("{a: ", Deep)) + "x" + new string('}', Deep) + "\n" },
        { "block lists on one line", "tags:\n  " + string.Concat(Enumerable.Repeat("- ", Deep)) + "x\n" },
        { "unclosed flow lists", "tags: " + new string('[', Deep) + "\n" },
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void Nesting_100000_levels_deep_is_refused_at_level_65_without_overflowing_the_stack(string name, string yaml)
    {
        var (_, diagnostics) = Parse(yaml);

        var error = Assert.Single(diagnostics);
        Assert.True(error.Message.Contains("more than 64 levels deep", StringComparison.Ordinal), $"{name}: {error}");
        Assert.Contains("Front matter may nest at most 64 levels", error.Fix, StringComparison.Ordinal);
        Assert.Equal("yaml", error.Code);
    }

    [Fact]
    public void Sixty_four_levels_read_and_sixty_five_are_refused_at_the_bracket_that_crosses()
    {
        // The root map is level 1, so 63 brackets make 64 levels.
        var (data, fits) = Parse("title: Fits\nnested: " + new string('[', 63) + new string(']', 63) + "\n");
        var (_, refused) = Parse("title: Too deep\nnested: " + new string('[', 64) + new string(']', 64) + "\n");

        Assert.Empty(fits);
        Assert.Equal("Fits", data.Title);
        var error = Assert.Single(refused);
        Assert.Equal(3, error.Line);
        Assert.Equal("nested: ".Length + 64, error.Column);
    }

    [Fact]
    public void An_alias_to_a_deep_anchor_counts_the_depth_it_stands_for()
    {
        var deepAnchor = "a: &deep " + new string('[', 40) + new string(']', 40) + "\n";
        var (_, diagnostics) = Parse(deepAnchor + "b: " + new string('[', 30) + "*deep" + new string(']', 30) + "\n");

        var error = Assert.Single(diagnostics);
        Assert.Contains("more than 64 levels deep", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_alias_inside_the_value_its_anchor_names_is_refused_instead_of_recursing_forever()
    {
        var (_, diagnostics) = Parse("title: Loop\nloop: &me [x, *me]\n");

        var error = Assert.Single(diagnostics);
        Assert.Contains("'*me' is used inside the value its anchor '&me' names", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_alias_with_no_anchor_above_it_is_refused()
    {
        var (_, diagnostics) = Parse("title: Forward\ntags: *later\nother: &later [a, b]\n");

        var error = Assert.Single(diagnostics);
        Assert.Contains("'*later' names no anchor '&later' above it", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Ten_thousand_values_read_and_more_are_refused()
    {
        // The root map, the 'tags' key, the list: 3 values, then the items.
        var (data, fits) = Parse("tags: [" + string.Join(", ", Enumerable.Range(0, 9_997).Select(i => $"t{i}")) + "]\n");
        var (_, refused) = Parse("tags: [" + string.Join(", ", Enumerable.Range(0, 9_998).Select(i => $"t{i}")) + "]\n");

        Assert.Empty(fits);
        Assert.Equal(9_997, data.Tags.Length);
        var error = Assert.Single(refused);
        Assert.Equal("The front matter holds more than 10,000 values.", error.Message);
    }

    [Fact]
    public void Ordinary_aliases_still_read_and_a_map_used_as_a_key_is_reported_not_thrown()
    {
        var (data, diagnostics) = Parse("title: Shared\nforums: &f [Digital Economy Forum]\ntags: *f\n? [complex, key]\n: value\nextra: {? {a: b} : c, d: e}\n");

        Assert.Equal(["Digital Economy Forum"], data.Tags);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("A key must be a name, not a list or map.", d.Message));
        Assert.Equal([5, 7], diagnostics.Select(d => d.Line));
        Assert.Equal("e", ((Dictionary<string, object?>)data.Extra["extra"]!)["d"]);
    }

    [Fact]
    public void A_speaker_map_with_a_list_as_a_key_is_reported_not_thrown()
    {
        var (data, diagnostics) = Parse("title: T\nspeakers:\n  - {name: Wang Bo, [x]: y}\n");

        Assert.Equal("Wang Bo", Assert.Single(data.Speakers).Name);
        Assert.Equal("A key must be a name, not a list or map.", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_map_that_ends_on_a_key_is_a_yaml_error_not_an_ArgumentException()
    {
        // Found by FuzzTests (seed 22): YamlDotNet's tree builder throws ArgumentException here.
        var (_, diagnostics) = Parse(" : -:\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("yaml", error.Code);
        Assert.StartsWith("The front matter is not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_tag_that_is_not_a_uri_is_a_yaml_error_not_an_ArgumentException()
    {
        // Found by FuzzTests (seed 108): YamlDotNet's parser throws ArgumentException for '!!['.
        var (_, diagnostics) = Parse("title: T\n? &a !![\n: 1\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("The front matter is not valid YAML: Global tags must be valid URIs.", error.Message);
        Assert.Equal(3, error.Line);
    }
}
