using System.Text;
using System.Text.Json;

namespace WuzhenSite.Search.Tests;

/// <summary>A set of fields and documents that can be indexed by the C# builder and by lunr.js in Node.</summary>
internal sealed record TestCorpus(TextAnalysis Analysis, IReadOnlyList<SearchField> Fields, IReadOnlyList<SearchDocument> Documents)
{
    public LunrIndex BuildIndex(bool recordPositions = false)
    {
        var builder = new LunrIndexBuilder(Fields, new LunrIndexOptions { Analysis = Analysis, RecordPositions = recordPositions });
        builder.AddRange(Documents);
        return builder.Build();
    }

    public byte[] BuildJson() => LunrIndexJsonWriter.ToUtf8Bytes(BuildIndex());

    /// <summary>The corpus as the harness's corpus.json.</summary>
    public string ToHarnessJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonStringifyEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WriteString("analysis", Analysis == TextAnalysis.CjkAware ? "cjk" : "english");
            writer.WriteStartArray("fields");
            foreach (var field in Fields)
            {
                writer.WriteStartObject();
                writer.WriteString("name", field.Name);
                if (field.Boost != 1)
                {
                    writer.WriteNumber("boost", field.Boost);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("documents");
            foreach (var document in Documents)
            {
                writer.WriteStartObject();
                writer.WriteString("ref", document.Ref);
                if (document.Boost != 1)
                {
                    writer.WriteNumber("boost", document.Boost);
                }

                writer.WriteStartObject("fields");
                foreach (var (name, value) in document.Fields)
                {
                    if (value is null)
                    {
                        writer.WriteNull(name);
                    }
                    else
                    {
                        writer.WriteString(name, value);
                    }
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static SearchDocument Doc(string reference, string? title, string? body, double boost = 1, string? tags = null)
    {
        var fields = new Dictionary<string, string?> { ["title"] = title, ["body"] = body };
        if (tags is not null)
        {
            fields["tags"] = tags;
        }

        return new SearchDocument(reference, fields, boost);
    }

    /// <summary>Deterministic English-like text of <paramref name="words"/> words.</summary>
    public static string GeneratedText(int seed, int words)
    {
        string[] vocabulary =
        [
            "digital", "silk", "road", "network", "internet", "conference", "wuzhen", "cooperation", "development",
            "security", "governance", "innovation", "running", "runs", "ran", "generously", "generalization",
            "happily", "relational", "conditional", "connection", "connected", "connecting", "hopeful", "goodness",
            "the", "and", "of", "to", "in", "is", "it", "for", "with", "on", "by", "as", "at", "from", "that",
            "cloud", "computing", "data", "privacy", "protection", "minors", "platform", "standards", "trade",
            "economy", "artificial", "intelligence", "models", "5g", "2024", "3.14", "co-operation", "e-commerce",
            "café", "naïve", "résumé", "über", "emoji😀", "rock'n'roll", "(parenthesis)", "quote\"d", "semi;colon",
            "x", "y", "yes", "yellow", "agreed", "feed", "sky", "cry", "skies", "ponies", "caresses", "hopping",
        ];
        var random = new Random(seed);
        var builder = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(random.Next(12) switch
                {
                    0 => ", ",
                    1 => ". ",
                    2 => " - ",
                    3 => "\n",
                    _ => " ",
                });
            }

            string word = vocabulary[random.Next(vocabulary.Length)];
            builder.Append(random.Next(10) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return builder.ToString();
    }

    /// <summary>The hand-made English corpus: punctuation, numbers, hyphens, accents, emoji, nulls, boosts, long text.</summary>
    public static TestCorpus English() => new(
        TextAnalysis.English,
        [new SearchField("title", boost: 10), new SearchField("body"), new SearchField("tags", boost: 2.5)],
        [
            Doc("intro", "Digital Silk Road", "The digital silk road connects networks, markets and people. Digital, digital!"),
            Doc("punctuation", "Hello, World!!!", "Wait... what?! (Really) [yes] {no} — dash – en-dash; semi:colon \"quoted\" 'single' `tick` #hash @at $100 50% a&b"),
            Doc("numbers", "2024 Internet Conference", "5G, 3.14, 1,000,000, 0.5, -42, 1e10, v2.3.9 and 007"),
            Doc("hyphens", "Co-operation and e-commerce", "well-known state-of-the-art --double-- -leading trailing- a-b-c"),
            Doc("accents", "Café Naïve Résumé", "Über façade jalapeño São Paulo Zürich ÅNGSTRÖM İstanbul ΟΔΟΣ ΣΟΦΟΣ straße"),
            Doc("emoji", "Emoji 😀 party 🎉", "rocket🚀launch 👍 thumbs 🇨🇳 flag ❤️ heart a😀b"),
            Doc("empty", string.Empty, string.Empty),
            Doc("null", null, null),
            Doc("repeated", "repeat repeat repeat", "repeat repeat repeat repeat repeat repeat repeat repeat different"),
            Doc("boosted", "Boosted document", "network security governance", boost: 3),
            Doc("zero-boost", "Zero boost means one", "network", boost: 0),
            Doc("stop", "The and of to in", "a an the it is was were be been being"),
            Doc("long", "A long document", GeneratedText(1, 4000)),
            Doc("10", "Numeric ref ten", "numbers as refs enumerate first"),
            Doc("2", "Numeric ref two", "numbers as refs enumerate first", tags: "numeric refs"),
            Doc("007", "Leading zero ref", "not an array index"),
            Doc("a/b \"quoted\" \\ ref", "Slash and quote in ref", "refs may contain a slash"),
            Doc("controls", "Control\u0001chars\u0007here", "tab\tnew\nline\rcarriage\u000Bvt\u000Cff\u0085nel\u00A0nbsp\u2028ls\u2029ps\uFEFFbom\u200Bzwsp"),
            Doc("objectkeys", "constructor __proto__ toString", "hasOwnProperty valueOf prototype"),
            Doc("stemming", "running runs ran generously", "relational conditional connection connected hopeful goodness yellow yes skies ponies caresses hopping agreed feed sky cry"),
            Doc("unicode-edges", "Ǆemo ǅemo ǆemo ﬁsh", "K Kelvin Å angstrom ẞ sharp ȺȾ 𐐀𐐁 deseret"),
            Doc("tags-only", null, null, tags: "alpha beta gamma alpha"),
            Doc("negative", "negative boost", "network", boost: -2),
            Doc("tiny-boost", "tiny", "network digital", boost: 0.001),
            Doc("lone\uD800surrogate", "broken \uDC00 pair a\uD83Db", "high\uD83D low\uDE00 reversed\uDE00\uD83D"),
        ]);

    /// <summary>A generated corpus of <paramref name="count"/> documents.</summary>
    /// <summary>
    /// Generated English documents; refs are named ("doc-5", every seventh a number) or, with
    /// <paramref name="base36Refs"/>, the documents' positions in base 36 as the site's search entries are.
    /// </summary>
    public static TestCorpus Generated(int count, int wordsPerDocument, bool base36Refs = false) =>
        new(
            TextAnalysis.English,
            [new SearchField("title", boost: 10), new SearchField("body")],
            Enumerable.Range(0, count)
                .Select(i => Doc(base36Refs ? Base36(i) : i % 7 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "doc-" + i, GeneratedText(10_000 + i, 6), GeneratedText(i, wordsPerDocument), boost: i % 11 == 0 ? 1.5 : 1))
                .ToList());

    private static string Base36(int value)
    {
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36]);
            value /= 36;
        }
        while (value > 0);

        return digits.ToString();
    }

    /// <summary>A Chinese/mixed corpus for the CJK-aware analysis.</summary>
    public static TestCorpus Cjk() => new(
        TextAnalysis.CjkAware,
        [new SearchField("title", boost: 10), new SearchField("body")],
        [
            Doc("silk-road", "数字丝绸之路", "共建数字丝绸之路，推动网络空间命运共同体。Digital Silk Road cooperation."),
            Doc("minors", "未成年人网络保护", "加强未成年人网络保护，营造清朗网络空间。"),
            Doc("5g", "5G网络建设", "5G网络与人工智能（AI）融合发展，Wuzhen乌镇峰会。"),
            Doc("wuzhen", "Wuzhen乌镇", "世界互联网大会乌镇峰会 World Internet Conference Wuzhen Summit"),
            Doc("japanese", "東京のデジタル", "ひらがなとカタカナ、漢字。インターネット・ガバナンス"),
            Doc("korean", "한국어 검색", "디지털 실크로드 인터넷"),
            Doc("english", "Running networks", "The networks are running generously, connected and connecting."),
            Doc("mixed", "中文English混合", "AI人工智能、IoT物联网；「引号」《书名》——破折号…省略号 〇 々"),
            Doc("single", "网", "单 字 测 试"),
            Doc("empty", null, string.Empty),
            Doc("ext-b", "𠀀𠀁 古字", "𪚥𪚥 四龍"),
        ]);
}
