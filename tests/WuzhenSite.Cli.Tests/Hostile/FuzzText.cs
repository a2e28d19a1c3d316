using System.Globalization;
using System.Text;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// Makes random but reproducible source text: front matter with the contract's keys and random
/// values (YAML punctuation, anchors and aliases, nesting, tags, unicode, control characters, huge
/// numbers, dates real and impossible), Markdown of every construct the pipeline knows, and
/// transcript bodies with speaker labels. The same seed always gives the same text.
/// </summary>
internal sealed class FuzzText(int seed)
{
    private static readonly string[] Keys =
    [
        "title", "date", "summary", "forums", "speakers", "tags", "event", "author", "editor", "source", "location", "slug",
        "draft", "publishDate", "expiryDate", "translationKey", "aliases", "image", "imageAlt", "type", "lang", "layout",
        "name", "role", "affiliation", "photo", "description", "venue", "custom", "nested", "x", "标题",
    ];

    private static readonly string[] Vocabulary =
    [
        "Wuzhen", "summit", "forum", "digital", "economy", "5G", "互联网", "乌镇", "峰会", "胡凯红", "Ren Xianliang", "Wang Bo",
        "naïve", "café", "Ünïcödé", "😀", "👩‍💻", "עברית", "العربية", "e\u0301", "\u200b", "\u202e", "\ufeff", "a\u0000b", "\u0001",
        "\u007f", "\u0085", "\u2028", "\u2029", "\t", "\\", "%", "@", "`", "null", "~", "true", "no", "yes", "NaN", ".inf", "-.inf",
        "0x1F", "0o17", "1e999999", "-0", "99999999999999999999999999999999", "3.4028236e+38", "12:30:45", "&amp;", "<b>", "</script>",
    ];

    private static readonly string[] TameVocabulary = ["Wuzhen", "summit", "互联网", "乌镇", "naïve", "😀", "עברית", "5G", "a: b", "#1", "it''s", "<b>", "&amp;", "[x]"];

    private static readonly string[] Dates =
    [
        "2019-10-20", "2021-09-26T09:30:00+08:00", "2019-02-30", "2019-13-01", "0000-01-01", "9999-12-31T23:59:59+14:00",
        "2019-10-20T25:00", "20191020", "2019-10-20 10:00", "2100-01-01", "1970-01-01T00:00:00Z", "2019-10-20T10:00:00-99:00",
        "-2019-10-20", "2019-10-20T10:00:00.123456789+08:00", "tomorrow",
    ];

    private static readonly string[] Punctuation = [":", "-", "?", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "#", " ", "\n", "\t", "---", "...", ": ", "- ", "? "];

    private static readonly string[] Anchors = ["a", "b", "c", "x"];

    private readonly Random _random = new(seed);

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Some words, sometimes with a stray character of any code point below U+3000.</summary>
    public string Words(int max = 6)
    {
        var text = new StringBuilder();
        var count = _random.Next(1, max + 1);
        for (var i = 0; i < count; i++)
        {
            text.Append(i > 0 ? " " : "").Append(Pick(Vocabulary));
            if (Chance(5))
            {
                text.Append((char)_random.Next(1, 0x3000));
            }
        }

        return text.ToString();
    }

    /// <summary>A YAML value: scalars of every style, flow and block collections, anchors, aliases, tags, noise.</summary>
    public string YamlValue(int depth, int indent)
    {
        var value = _random.Next(depth > 6 ? 9 : 15) switch
        {
            0 => Words(),
            1 => Pick(Dates),
            2 => "'" + Words().Replace("'", "''", StringComparison.Ordinal) + "'",
            3 => "\"" + Words().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + (Chance(30) ? "\\u0000\\x7f\\N\\_\\U0001F600" : "") + "\"",
            4 => string.Concat(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(Punctuation))) + Words(2),
            5 => "*" + Pick(Anchors),
            6 => _random.Next(3) switch { 0 => "", 1 => "~", _ => Pick(["true", "false", "yes", "Off", "1", "-1", "0.5", "1e400"]) },
            7 => "|" + (Chance(50) ? "-" : "") + "\n" + new string(' ', indent + 2) + Words() + "\n" + new string(' ', indent + 2) + Words(),
            8 => Pick(["!!str ", "!!int ", "!!binary ", "!!timestamp ", "!foo ", "!<tag:x> ", "!!map ", "!!seq "]) + Words(2),
            9 or 10 => "[" + string.Join(", ", Enumerable.Range(0, _random.Next(0, 5)).Select(_ => YamlValue(depth + 1, indent))) + (Chance(5) ? "" : "]"),
            11 or 12 => "{" + string.Join(", ", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Pick(Keys) + ": " + YamlValue(depth + 1, indent))) + (Chance(5) ? "" : "}"),
            13 => "\n" + string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => new string(' ', indent + 2) + "- " + YamlValue(depth + 1, indent + 4).TrimStart('\n') + "\n")).TrimEnd('\n'),
            _ => "\n" + string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => new string(' ', indent + 2) + Pick(Keys) + ": " + YamlValue(depth + 1, indent + 2) + "\n")).TrimEnd('\n'),
        };

        return Chance(10) && !value.StartsWith('\n') && !value.StartsWith('*') ? $"&{Pick(Anchors)} {value}" : value;
    }

    /// <summary>Front matter lines (without the fences): a third of the time wild, else well formed with random values, so the rest of the pipeline gets its share.</summary>
    public string FrontMatter() => Chance(35) ? WildFrontMatter() : TameFrontMatter();

    /// <summary>Well-formed front matter with every kind of file's required keys and random values of the right shapes.</summary>
    public string TameFrontMatter()
    {
        string Quoted() => "'" + string.Join(' ', Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Pick(TameVocabulary))) + "'";
        string List(Func<string> item) => Chance(50)
            ? "[" + string.Join(", ", Enumerable.Range(0, _random.Next(0, 5)).Select(_ => item())) + "]"
            : "\n" + string.Concat(Enumerable.Range(0, _random.Next(1, 5)).Select(_ => "  - " + item() + "\n")).TrimEnd('\n');
        var text = new StringBuilder($"title: {Quoted()}\nname: {Quoted()}\ndate: 2019-10-{_random.Next(10, 29)}\n");
        for (var i = _random.Next(0, 8); i > 0; i--)
        {
            var key = Pick(Keys);
            var value = key switch
            {
                "title" or "name" or "date" or "type" or "lang" or "layout" or "slug" => null,
                "forums" or "tags" => List(Quoted),
                "speakers" => List(() => Chance(50) ? Quoted() : $"{{name: {Quoted()}, role: {Quoted()}}}"),
                "aliases" => List(() => $"/old/{_random.Next(100)}.html"),
                "draft" => Pick(["true", "false", "no"]),
                "publishDate" or "expiryDate" => Pick(["2019-10-01", "2030-01-01", "2019-10-20T10:00:00+08:00"]),
                "nested" or "custom" or "x" => Chance(50) ? $"&a {{k: {List(Quoted)}}}" : $"{{k: {Quoted()}}}",
                _ => Quoted(),
            };
            if (value is not null && !text.ToString().Contains($"\n{key}:", StringComparison.Ordinal))
            {
                text.Append(key).Append(": ").Append(value).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Front matter of random keys, values and YAML punctuation, often not valid YAML at all.</summary>
    public string WildFrontMatter()
    {
        var text = new StringBuilder();
        if (Chance(80))
        {
            text.Append("title: ").Append(Words()).Append('\n');
        }

        if (Chance(70))
        {
            text.Append("date: ").Append(Chance(70) ? "2019-10-2" + _random.Next(10) : Pick(Dates)).Append('\n');
        }

        for (var i = _random.Next(0, 10); i > 0; i--)
        {
            switch (_random.Next(20))
            {
                case 0:
                    text.Append(string.Concat(Enumerable.Range(0, _random.Next(1, 20)).Select(_ => Pick(Punctuation)))).Append('\n');
                    break;
                case 1:
                    text.Append("? ").Append(YamlValue(3, 0)).Append("\n: ").Append(Words(2)).Append('\n');
                    break;
                case 2:
                    var depth = _random.Next(1, 90);
                    text.Append(Pick(Keys)).Append(": ").Append('[', depth).Append(Words(1)).Append(']', _random.Next(depth + 1)).Append('\n');
                    break;
                default:
                    text.Append(Pick(Keys)).Append(": ").Append(YamlValue(0, 0)).Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Inline Markdown: emphasis of every kind, links, images, code, html, entities, footnotes.</summary>
    public string Inline(int depth = 0)
    {
        var parts = new StringBuilder();
        for (var i = _random.Next(1, 6); i > 0; i--)
        {
            var inner = depth < 8 && Chance(40) ? Inline(depth + 1) : Words(3);
            parts.Append(' ').Append(_random.Next(14) switch
            {
                0 => $"*{inner}*",
                1 => $"**{inner}**",
                2 => $"~~{inner}~~",
                3 => $"_{inner}",
                4 => $"[{inner}]({Pick(["/en/news/a/", "https://example.org/a b", "javascript:alert(1)", "", "<>", "#x", "/../../etc", "mailto:a@b"])} \"{Words(1)}\")",
                5 => $"![{inner}](/assets/images/pavilion.svg)",
                6 => "`" + inner + (Chance(80) ? "`" : ""),
                7 => Pick(["<span>", "</div>", "<script>alert(1)</script>", "<!--", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>"]),
                8 => Pick(["&amp;", "&#0;", "&#x10FFFF;", "&#99999999;", "&bogus;", "&nbsp;"]),
                9 => $"[^{_random.Next(3)}]",
                10 => $"<https://example.org/{Words(1)}>",
                11 => "\\" + Pick(Punctuation),
                12 => $"[{inner}][{Pick(Anchors)}]",
                _ => inner,
            });
        }

        return parts.ToString();
    }

    /// <summary>A Markdown body: headings, paragraphs, deep quotes and lists, fences, tables, html, footnotes.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        for (var i = _random.Next(1, 12); i > 0; i--)
        {
            text.Append(_random.Next(14) switch
            {
                0 => new string('#', _random.Next(1, 8)) + Inline() + "\n",
                1 => new string('>', _random.Next(1, 30)) + Inline() + "\n",
                2 => string.Concat(Enumerable.Range(0, _random.Next(1, 25)).Select(level => new string(' ', level * 2) + Pick(["- ", "* ", "1. ", "- [ ] ", "- [x] ", "+ "]) + Words(2) + "\n")),
                3 => Pick(["```", "~~~", "````"]) + Pick(["", "csharp", "{.x}", "mermaid"]) + "\n" + Words() + "\nSpeaker:\n" + (Chance(70) ? "```\n" : ""),
                4 => "| " + string.Join(" | ", Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Words(1))) + " |\n|" + string.Concat(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(["---|", ":--|", "--:|", ":-:|"]))) + "\n| " + Inline() + " |\n",
                5 => "+---+---+\n| a | b |\n+===+===+\n| " + Words(1) + " | " + Words(1) + " |\n+---+" + (Chance(50) ? "---+\n" : "\n"),
                6 => Pick(["<div>\n", "<details><summary>x</summary>\n", "<script>\nalert(1)\n</script>\n", "<!-- never closed\n", "<table><tr><td>\n"]) + Words() + "\n",
                7 => $"[^{_random.Next(3)}]: {Inline()}\n",
                8 => $"[{Pick(Anchors)}]: /en/news/{Words(1)}/ \"t\"\n",
                9 => Pick(["---\n", "***\n", "___\n", "===\n", "  \n", "\n\n\n"]),
                10 => Words() + "\n" + Pick(["===", "---"]) + "\n",
                11 => "    " + Words() + "\n",
                12 => string.Concat(Enumerable.Range(0, _random.Next(1, 10)).Select(level => new string('>', level) + new string(' ', level) + "- " + Words(1) + "\n")),
                _ => Inline() + (Chance(20) ? "  \n" : "\n"),
            }).Append(Chance(70) ? "\n" : "");
        }

        return text.ToString();
    }

    /// <summary>A transcript body: speaker label lines (ASCII and full-width colons), bold labels, headings, empty turns.</summary>
    public string Transcript()
    {
        var text = new StringBuilder();
        if (Chance(50))
        {
            text.Append(Inline()).Append("\n\n");
        }

        for (var i = _random.Next(0, 15); i > 0; i--)
        {
            var label = _random.Next(6) switch
            {
                0 => Pick(["Ren Xianliang", "Wang Bo", "胡凯红", "Host", "Moderator"]),
                1 => Words(3),
                2 => new string('L', _random.Next(55, 70)),
                3 => "",
                4 => Pick(["Q", "A", "主持人", "http://x", "12"]),
                _ => Words(1),
            };
            text.Append(_random.Next(6) switch
            {
                0 => $"{label}：\n",
                1 => $"**{label}:** {Inline()}\n",
                2 => $"## {label}\n",
                3 => $"{label}: \n",
                4 => $"{label}:{label}:\n",
                _ => $"{label}:\n",
            });
            if (Chance(75))
            {
                text.Append(Chance(50) ? Markdown() : Inline() + "\n").Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A whole source file: front matter (sometimes broken at its fences) and a body.</summary>
    public string File(bool transcript)
    {
        var body = transcript ? Transcript() : Markdown();
        var file = _random.Next(20) switch
        {
            0 => FrontMatter() + "---\n" + body,
            1 => "---\n" + FrontMatter() + body,
            2 => "\ufeff---\n" + FrontMatter() + "...\n" + body,
            _ => "---\n" + FrontMatter() + "---\n" + body,
        };
        return Chance(10) ? file.Replace("\n", "\r\n", StringComparison.Ordinal) : file;
    }

    /// <summary>A name safe for a file, so the build reads what the test wrote.</summary>
    public string FileName() => "fuzz-" + _random.Next(1000).ToString(CultureInfo.InvariantCulture) + Pick(["", ".zh", ".fr", ".en"]) + ".md";
}
