using WuzhenSite.Theming;

namespace WuzhenSite.Core.Tests.Theming;

public sealed class UiStringFormatTests
{
    private static readonly Dictionary<string, string> Strings = new(StringComparer.Ordinal)
    {
        ["page_x_of_y"] = "Page {current} of {total}",
        ["page_x_of_y_reordered"] = "共 {total} 页，第 {current} 页",
        ["documents_count"] = "{count} documents",
        ["documents_count_one"] = "1 document",
        ["min_read"] = "{minutes} min read",
        ["braces"] = "{ not a placeholder } {also-not} {} {x}",
        ["twice"] = "{name} and {name}",
    };

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void Named_placeholders_are_filled_from_named_arguments()
    {
        Assert.Equal("Page 2 of 5", UiStringFormat.Format(Strings, "page_x_of_y", Args(("current", 2), ("total", 5))));
    }

    [Fact]
    public void A_translation_may_put_the_placeholders_in_another_order()
    {
        Assert.Equal("共 5 页，第 2 页", UiStringFormat.Format(Strings, "page_x_of_y_reordered", Args(("current", 2), ("total", 5))));
    }

    [Fact]
    public void A_placeholder_used_twice_is_filled_twice()
    {
        Assert.Equal("a and a", UiStringFormat.Format(Strings, "twice", Args(("name", "a"))));
    }

    [Fact]
    public void A_count_of_one_chooses_the_one_variant_when_it_exists()
    {
        Assert.Equal("1 document", UiStringFormat.Format(Strings, "documents_count", Args(("count", 1))));
        Assert.Equal("1 document", UiStringFormat.Format(Strings, "documents_count", Args(("count", 1L))));
        Assert.Equal("2 documents", UiStringFormat.Format(Strings, "documents_count", Args(("count", 2))));
        Assert.Equal("0 documents", UiStringFormat.Format(Strings, "documents_count", Args(("count", 0))));
    }

    [Fact]
    public void A_count_of_one_without_a_one_variant_uses_the_key_itself()
    {
        Assert.Equal("1 min read", UiStringFormat.Format(Strings, "min_read", Args(("minutes", 1), ("count", 1))));
    }

    [Fact]
    public void Arguments_the_string_does_not_use_are_ignored()
    {
        Assert.Equal("1 document", UiStringFormat.Format(Strings, "documents_count_one", Args(("count", 1), ("extra", "x"))));
    }

    [Fact]
    public void Braces_that_are_not_a_placeholder_stay_as_written()
    {
        Assert.Equal("{ not a placeholder } {also-not} {} X", UiStringFormat.Format(Strings, "braces", Args(("x", "X"))));
    }

    [Fact]
    public void Values_are_written_culture_invariantly()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("1.5 min read", UiStringFormat.Format(Strings, "min_read", Args(("minutes", 1.5))));
            Assert.Equal(" min read", UiStringFormat.Format(Strings, "min_read", Args(("minutes", null))));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_missing_argument_is_an_error_naming_the_key_the_placeholder_and_what_was_passed()
    {
        var error = Assert.Throws<ArgumentException>(() => UiStringFormat.Format(Strings, "page_x_of_y", Args(("current", 2))));

        Assert.Contains("'page_x_of_y'", error.Message);
        Assert.Contains("{total}", error.Message);
        Assert.Contains("it passes: current", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => UiStringFormat.Format(Strings, "page_x_of", Args()));

        Assert.Contains("'page_x_of'", error.Message);
    }

    [Fact]
    public void Placeholders_lists_the_names_in_order_and_recognises_the_old_positional_ones()
    {
        Assert.Equal(["current", "total"], UiStringFormat.Placeholders("Page {current} of {total}"));
        Assert.Equal(["0", "1"], UiStringFormat.Placeholders("Page {0} of {1}"));
        Assert.True(UiStringFormat.IsPositional("0"));
        Assert.False(UiStringFormat.IsPositional("count"));
    }
}
