using System.Globalization;
using System.Text;

namespace WuzhenSite.Benchmarks.Corpus;

/// <summary>
/// Writes a site folder of realistic shape for benchmarks: N English documents with Chinese
/// translations, about 30 % transcripts of 8 to 20 turns, articles of about 800 words and
/// transcripts of about 3,000, 200 speakers (with profiles), 60 forums and 300 tags. The text is
/// made from a fixed vocabulary with a seeded random generator, so the same N gives the same site.
/// With photos, <see cref="PhotoGenerator"/> writes them to <c>input/assets/photos/</c> and the first
/// English articles get one each as their cover; the text stays what it is without photos.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Words =
    [
        "internet", "conference", "digital", "economy", "governance", "cyberspace", "cooperation", "security", "platform",
        "innovation", "network", "delegates", "forum", "summit", "development", "industry", "data", "privacy", "minors",
        "protection", "infrastructure", "cloud", "computing", "artificial", "intelligence", "standards", "research", "open",
        "shared", "future", "community", "policy", "regulation", "enterprises", "responsibility", "growth", "connectivity",
        "rural", "broadband", "mobile", "payments", "commerce", "logistics", "silk", "road", "partners", "exchange", "talent",
        "education", "health", "services", "agreement", "framework", "trust", "resilience", "investment", "startups", "ecosystem",
        "the", "and", "of", "to", "in", "for", "with", "on", "by", "from", "at", "as", "is", "are", "will", "was", "this", "that",
    ];

    private const string Han = "互联网大会数字经济网络空间治理合作安全平台创新发展产业数据隐私未成年人保护基础设施云计算人工智能标准研究开放共享未来社区政策企业责任增长连接农村宽带移动支付商务物流丝绸之路伙伴交流人才教育健康服务协议框架信任投资生态乌镇浙江世界论坛峰会代表";

    /// <summary>Generates the corpus under <paramref name="root"/>; returns the number of source files written.</summary>
    /// <param name="photos">How many photos to write and give to articles as covers.</param>
    public static int Generate(string root, int documents, int photos = 0, int seed = 2026)
    {
        var random = new Random(seed);
        var input = Path.Combine(root, "input");
        if (Directory.Exists(input))
        {
            Directory.Delete(input, recursive: true);
        }

        var speakers = Enumerable.Range(1, 200).Select(i => $"Speaker {Name(i)}").ToArray();
        var forums = Enumerable.Range(1, 60).Select(i => $"Forum on {Title(random, 2)} {i}").ToArray();
        var tags = Enumerable.Range(1, 300).Select(i => $"{Words[i % 58]} {i}").ToArray();
        var events = new[] { "2017 World Internet Conference", "2019 World Internet Conference", "2021 World Internet Conference Wuzhen Summit" };
        var files = 0;
        var covers = 0;

        for (var i = 0; i < speakers.Length; i++)
        {
            var slug = $"speaker-{Name(i + 1).ToLowerInvariant()}";
            Write(Path.Combine(input, "speakers", slug + ".md"),
                $"---\nname: {speakers[i]}\naliases: [发言人{i + 1}]\nrole: {Title(random, 3)}\naffiliation: {Title(random, 2)} Institute\n---\n{Paragraph(random, 40)}\n");
            files++;
        }

        for (var n = 0; n < documents; n++)
        {
            var isTranscript = random.NextDouble() < 0.3;
            var date = new DateOnly(2017, 1, 1).AddDays(random.Next(0, 365 * 5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var docSpeakers = Enumerable.Range(0, random.Next(2, 6)).Select(_ => speakers[random.Next(speakers.Length)]).Distinct().ToArray();
            var front = new StringBuilder()
                .Append("title: ").Append(Title(random, 8)).Append('\n')
                .Append("date: ").Append(date).Append('\n')
                .Append("forums: [").Append(forums[random.Next(forums.Length)]).Append("]\n")
                .Append("tags: [").Append(string.Join(", ", Enumerable.Range(0, 3).Select(_ => tags[random.Next(tags.Length)]).Distinct())).Append("]\n")
                .Append("event: ").Append(events[random.Next(events.Length)]).Append('\n')
                .Append("speakers:\n").Append(string.Concat(docSpeakers.Select(s => $"  - {{name: {s}, role: {Title(random, 2)}}}\n")));
            var folder = isTranscript ? "transcripts" : "news";
            var slug = $"{(isTranscript ? "transcript" : "article")}-{n:00000}";
            var body = isTranscript ? TranscriptBody(random, docSpeakers, english: true) : ArticleBody(random);
            var zhBody = isTranscript ? TranscriptBody(random, docSpeakers, english: false) : ChineseParagraphs(random, 6, 220);
            var zhFront = front.ToString().Replace("title: ", "title: " + Chinese(random, 14) + " ", StringComparison.Ordinal);
            if (!isTranscript && covers < photos)
            {
                // Set after the Chinese front matter is made and without the random generator, so
                // the corpus reads the same with and without photos.
                covers++;
                front.Append("image: /assets/photos/").Append(PhotoGenerator.FileName(covers)).Append('\n')
                    .Append("imageAlt: Delegates at the ").Append(events[covers % events.Length]).Append(", photo ").Append(covers).Append('\n');
            }

            Write(Path.Combine(input, folder, $"{n / 1000:00}", slug + ".md"), $"---\n{front}---\n{body}");
            Write(Path.Combine(input, folder, $"{n / 1000:00}", slug + ".zh.md"), $"---\n{zhFront}---\n{zhBody}");
            files += 2;
        }

        if (photos > 0)
        {
            PhotoGenerator.Generate(Path.Combine(input, "assets", "photos"), photos);
            files += photos;
            if (covers < photos)
            {
                Console.WriteLine($"only {covers} articles for {photos} photos: the rest are in input/assets/photos unused");
            }
        }

        File.WriteAllText(Path.Combine(root, "statiq.json"), """
            {
              "SiteTitle": "Benchmark News",
              "Host": "bench.example.org",
              "DefaultLanguage": "en",
              "Languages": [
                { "Code": "en", "Name": "English", "Locale": "en-GB" },
                { "Code": "zh", "Name": "中文", "Locale": "zh-CN" }
              ],
              "PageSize": 10
            }
            """);
        return files;
    }

    private static string ArticleBody(Random random)
    {
        var body = new StringBuilder();
        for (var p = 0; p < 8; p++)
        {
            if (p == 3)
            {
                body.Append("## ").Append(Title(random, 4)).Append("\n\n");
            }

            body.Append(Paragraph(random, 100)).Append("\n\n");
        }

        return body.ToString();
    }

    private static string TranscriptBody(Random random, string[] speakers, bool english)
    {
        var body = new StringBuilder(english ? Paragraph(random, 60) : ChineseParagraphs(random, 1, 120)).Append("\n\n");
        var turns = random.Next(8, 21);
        for (var t = 0; t < turns; t++)
        {
            var label = t % 4 == 3 ? (english ? "Reporter" : "记者") : speakers[random.Next(speakers.Length)];
            body.Append(label).Append(english ? ":\n\n" : "：\n\n");
            var words = 3000 / turns;
            body.Append(english ? Paragraph(random, words) : ChineseParagraphs(random, 1, words * 2)).Append("\n\n");
        }

        return body.ToString();
    }

    private static string Paragraph(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = Words[random.Next(Words.Length)];
            builder.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            builder.Append(w == words - 1 ? "." : (random.Next(12) == 0 ? ", " : " "));
        }

        return builder.ToString();
    }

    private static string ChineseParagraphs(Random random, int paragraphs, int characters)
    {
        var builder = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            builder.Append(Chinese(random, characters)).Append("。\n\n");
        }

        return builder.ToString();
    }

    private static string Chinese(Random random, int characters)
    {
        var builder = new StringBuilder(characters + characters / 15);
        for (var c = 0; c < characters; c++)
        {
            builder.Append(Han[random.Next(Han.Length)]);
            if (c % 17 == 16)
            {
                builder.Append('，');
            }
        }

        return builder.ToString();
    }

    private static string Title(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(58)]).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Name(int i) => $"{(char)('A' + (i % 26))}{(char)('a' + (i / 26 % 26))}{i}";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
