using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Importing.Parsing;
using WuzhenSite.Importing.Sources;
using WuzhenSite.Importing.Writing;

namespace WuzhenSite.Core.Tests.Importing;

/// <summary>Any text a press office could send, shuffled from the pieces the parser looks for, imports without an exception into front matter the site reads back.</summary>
public sealed class PressParserFuzzTests
{
    private static readonly string[] Pieces =
    [
        "Home > Press Room >", "Home» News»", "1  2  >", "Next", "Updated: November 17, 2017", "site.example.orgUpdated: Nov. 1, 2019",
        "Nov. 16, 2017", "OCT . 14 2021", "2019年10月18日", "Mr. Lin Qiaoyu, chief planner", "Tao Wenbin, director", "林巧玉，总规划师",
        "Lin Qiaoyu:", "Tao Wenbin：", "胡凯红：", "Reporter:", "Lin Qiaoyu: Thank you.", "Written by:", "Edited by: Rowan Hale", "Source:", "By Xu Meifen",
        "A caption. [Photo by Zhou Min/Press]", "(Photo: X)", "# not a heading", "- not a list", "<script>x</script>", "*", ":", "：", "[", "\"", "\\",
        "Plain sentence of the body.", "Wuzhen, Oct. 19, 2019: A dateline.", "Short heading", "\u202E", "---", "...", "```", "&amp;", "a: b: c",
        "Peking University, October 14, 2021: The summit was held.", "Dialogue Session", "Zhang Wei, a reporter, asked.",
    ];

    [Fact]
    public void Shuffled_press_text_imports_without_an_exception_and_reads_back()
    {
        var random = new Random(27);
        for (var run = 0; run < 400; run++)
        {
            var count = random.Next(1, 25);
            var lines = Enumerable.Range(0, count).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pieces[random.Next(Pieces.Length)] + " "))).ToList();
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\n\n", lines);
            SourceLine[] source = [.. TextSource.Read(text).Select((l, i) => i % 5 == 3 ? l with { BoldLabel = "Lin Qiaoyu" } : l)];

            var result = PressParser.Parse(source);
            if (result.Document.Title.Length == 0)
            {
                continue;
            }

            var markdown = ImportMarkdownWriter.Write(result.Document, "fuzz", result.Document.Date ?? new DateOnly(2020, 1, 1));
            var (split, error) = FrontMatterSplitter.Split(markdown, "fuzz.md");
            Assert.True(error is null, $"{error}\n--- from ---\n{text}");
            var (data, diagnostics) = FrontMatterParser.Parse(split!.Value, "fuzz.md");
            Assert.True(diagnostics.Count == 0, $"{string.Join('\n', diagnostics)}\n--- from ---\n{text}\n--- wrote ---\n{markdown}");
            Assert.Equal(result.Document.Title, data.Title);
            Assert.Equal(result.Document.Speakers.Length, data.Speakers.Length);
        }
    }
}
