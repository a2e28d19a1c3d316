using System.Text.Json;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Cli.Tests.Commands;

/// <summary>
/// Text that comes from content or file names reaches the terminal with its control characters,
/// bidi overrides and isolates and other invisible format characters shown as escapes, so an
/// error can neither be made to read backwards nor send the terminal commands.
/// </summary>
public sealed class TerminalSafetyTests
{
    private const string Override = "\u202E";
    private const string Escape = "\u001b";

    [Fact]
    public async Task A_file_name_with_an_escape_sequence_is_printed_escaped_in_build_errors()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", $"clear{Escape}[2J{Escape}]0;owned\u0007.md"), "---\ndate: 2019-10-20\n---\nText\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "input/news/clear\\u001B[2J\\u001B]0;owned\\u0007.md:", "build", "--root", site);

        Assert.DoesNotContain(log, IsControlOtherThanLineBreak);
    }

    [Fact]
    public async Task A_right_to_left_override_in_a_file_name_and_a_slug_is_printed_as_an_escape_by_check()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", $"report{Override}dm.exe.md"), $"---\ntitle: A\ndate: 2019-10-20\nslug: \"a/{Override}b\"\n---\nText\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "input/news/report\\u202Edm.exe.md:", "check", "--root", site);

        // The slug itself is refused at its line (the character is named, never printed).
        Assert.Contains("dm.exe.md:4:1: error: 'slug:' contains U+202E", log);
        Assert.DoesNotContain(Override, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_json_keeps_the_exact_text_but_escapes_invisible_characters()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var name = $"report{Override}dm.exe{Escape}[2J.md";
        File.WriteAllText(Path.Combine(site, "input", "news", name), "---\ndate: 2019-10-20\n---\nText\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("check", "--root", site, "--format", "json");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain(Override, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, log, StringComparison.Ordinal);
        var files = JsonDocument.Parse(log).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString());
        Assert.Contains("input/news/" + name, files);
    }

    [Fact]
    public async Task The_file_wuzhen_new_reports_is_printed_escaped()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("new", "article", "A title", "--slug", $"harbour{Override}gpj", "--root", site);

        Assert.True(exitCode is 0 or 2, log);
        Assert.Contains("harbour\\u202Egpj", log);
        Assert.DoesNotContain(Override, log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("港口展馆开放", "港口展馆开放")]
    [InlineData("مرحبا بالعالم", "مرحبا بالعالم")]
    [InlineData("Smile \U0001F600, no\u00A0break, ideographic\u3000space", "Smile \U0001F600, no\u00A0break, ideographic\u3000space")]
    [InlineData("a\u202Eb\u2066c\u2069d\u200Be\uFEFFf", "a\\u202Eb\\u2066c\\u2069d\\u200Be\\uFEFFf")]
    [InlineData("line\nbreak\ttab\u0085nel\u2028ls", "line\\nbreak\\ttab\\u0085nel\\u2028ls")]
    [InlineData("tag \U000E0041 character", "tag \\U000E0041 character")]
    public void Letters_of_every_script_stay_and_only_invisible_characters_become_escapes(string text, string shown)
    {
        Assert.Equal(shown, VisibleText.Escape(text));
    }

    [Fact]
    public void A_surrogate_without_its_pair_becomes_an_escape()
    {
        // Built here: theory data would replace the lone surrogate on its way to the test.
        var text = "lone " + '\uD800' + " surrogate";

        Assert.Equal("lone \\uD800 surrogate", VisibleText.Escape(text));
    }

    [Fact]
    public void Json_keeps_its_meaning_when_its_invisible_characters_are_escaped()
    {
        var json = JsonSerializer.Serialize(new[] { "a\u202Eb \U000E0041 港\n" }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var escaped = VisibleText.EscapeJson(json);

        Assert.DoesNotContain(escaped, c => c is '\u202E' || char.IsSurrogate(c));
        Assert.Contains("港", escaped, StringComparison.Ordinal);
        Assert.Equal(["a\u202Eb \U000E0041 港\n"], JsonSerializer.Deserialize<string[]>(escaped)!);
    }

    // The line breaks that end the printed lines are the only control characters a log may hold.
    private static bool IsControlOtherThanLineBreak(char c) => char.IsControl(c) && c is not '\n' and not '\r';
}
