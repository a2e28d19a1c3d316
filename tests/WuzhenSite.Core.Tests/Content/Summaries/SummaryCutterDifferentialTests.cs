using System.Text;
using WuzhenSite.Content.Summaries;
using WuzhenSite.Localization;

namespace WuzhenSite.Core.Tests.Content.Summaries;

/// <summary>
/// The cutter copies only the head of a text it needs; this holds it to the plain algorithm that
/// collapses the whole text first, on texts of every mix: Latin, CJK, punctuation, runs of all kinds
/// of whitespace (ideographic space too), surrogate pairs, and lengths around the limits.
/// </summary>
public sealed class SummaryCutterDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "word", "Wuzhen", "a", "internet", ",", ".", ";", ":", "。", "，", "、", "；", "：",
        "乌镇", "互联网", "数", "字", "𠀀", "😀", " ", "  ", "\n", "\t", "\u3000", "\r\n", " \u00a0 ",
    ];

    [Fact]
    public void Cutting_the_head_gives_what_collapsing_the_whole_text_gives()
    {
        var random = new Random(20261123);
        for (int sample = 0; sample < 4000; sample++)
        {
            var text = Generate(random, random.Next(0, sample % 7 == 0 ? 900 : 200));
            int? max = sample % 3 == 0 ? random.Next(1, 300) : null;

            Assert.Equal(Reference(text, max), SummaryCutter.Cut(text, max));
        }
    }

    private static string Generate(Random random, int pieces)
    {
        var builder = new StringBuilder();
        var cjkHeavy = random.Next(2) == 0;
        for (int i = 0; i < pieces; i++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            builder.Append(cjkHeavy && random.Next(3) > 0 ? "丝绸之路"[random.Next(4)].ToString() : piece);
        }

        return builder.ToString();
    }

    /// <summary>The algorithm as first written: collapse all of the text, then cut.</summary>
    private static string Reference(string text, int? maxLength)
    {
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        text = builder.ToString();
        var cjk = CjkText.IsMostlyCjk(text);
        var limit = maxLength ?? (cjk ? SummaryCutter.MaxCjkLength : SummaryCutter.MaxLatinLength);
        if (text.Length <= limit)
        {
            return text;
        }

        string cut;
        if (cjk)
        {
            cut = char.IsHighSurrogate(text[limit - 1]) ? text[..(limit - 1)] : text[..limit];
            for (var i = limit - 1; i > limit * 4 / 5; i--)
            {
                if (CjkText.IsCjkPunctuation(text[i]))
                {
                    cut = text[..(i + 1)];
                    break;
                }
            }
        }
        else
        {
            var space2 = text.LastIndexOf(' ', limit);
            cut = space2 > limit / 2 ? text[..space2] : text[..limit];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '.', '，', '、', '；', '：', '。') + "…";
    }
}
