using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>The YAML a key takes; each shape has one reading method, which checks it and reports the wrong ones.</summary>
public enum FrontMatterShape
{
    /// <summary>One line of text (<c>author: News Desk</c>); blank is no value.</summary>
    Text,

    /// <summary><c>true</c>/<c>yes</c> or <c>false</c>/<c>no</c>.</summary>
    Boolean,

    /// <summary><c>YYYY-MM-DD</c>, or ISO 8601 with time and offset.</summary>
    Date,

    /// <summary>A list of text values (<c>[a, b]</c> or one <c>- item</c> a line); one value is a one-item list.</summary>
    TextList,

    /// <summary>A list of names or <c>{name, role}</c> maps.</summary>
    Speakers,

    /// <summary>A list of <c>{date, note}</c> maps, each with both keys.</summary>
    Corrections,
}

/// <summary>Where a key's value reaches readers; a key none of these name is read by the build alone (slug, draft…).</summary>
[Flags]
public enum FrontMatterUse
{
    /// <summary>Only the build reads it.</summary>
    BuildOnly = 0,

    /// <summary>
    /// A property of the page view (<c>page.…</c> in layouts) named after the key carries it:
    /// <c>imageAlt</c> is <c>page.image_alt</c>, <c>date</c> is <c>page.date_display</c> and <c>page.date_iso</c>.
    /// </summary>
    PageView = 1,

    /// <summary>A property of the item view (<c>item.…</c> in lists) named after the key carries it.</summary>
    ItemView = 2,

    /// <summary>The search index has a field of the key's name, so readers can search <c>key:word</c>.</summary>
    SearchField = 4,

    /// <summary>A profile's term page shows it (<c>page.data.profile.…</c>).</summary>
    Profile = 8,
}

/// <summary>
/// One key of the content contract: its name, its YAML shape, where it shows, and how its value is
/// read into <see cref="FrontMatterData"/>. The keys are declared once, in <see cref="FrontMatterData.KnownKeys"/>;
/// the parser's set of known keys and its dispatch come from there.
/// </summary>
public sealed class FrontMatterKey
{
    private readonly ReadInto _read;

    private FrontMatterKey(string name, FrontMatterShape shape, FrontMatterUse use, ReadInto read)
    {
        Name = name;
        Shape = shape;
        Use = use;
        _read = read;
    }

    /// <summary>Reads a key's YAML value into the data; <c>line</c> is the key's line in the source file.</summary>
    internal delegate FrontMatterData ReadInto(FrontMatterData data, FrontMatterValueReader values, YamlNode value, int line);

    /// <summary>The key as written in front matter (<c>imageAlt</c>).</summary>
    public string Name { get; }

    /// <summary>The YAML it takes.</summary>
    public FrontMatterShape Shape { get; }

    /// <summary>Where its value shows.</summary>
    public FrontMatterUse Use { get; }

    /// <summary>A key of one line of text; <paramref name="set"/> gets the value and the key's line.</summary>
    public static FrontMatterKey Text(string name, FrontMatterUse use, Func<FrontMatterData, string?, int, FrontMatterData> set) =>
        new(name, FrontMatterShape.Text, use, (data, values, value, line) => set(data, values.String(name, value), line));

    /// <summary>A true-or-false key.</summary>
    public static FrontMatterKey Boolean(string name, FrontMatterUse use, Func<FrontMatterData, bool, int, FrontMatterData> set) =>
        new(name, FrontMatterShape.Boolean, use, (data, values, value, line) => set(data, values.Boolean(name, value), line));

    /// <summary>A date key.</summary>
    public static FrontMatterKey Date(string name, FrontMatterUse use, Func<FrontMatterData, FrontMatterDate?, int, FrontMatterData> set) =>
        new(name, FrontMatterShape.Date, use, (data, values, value, line) => set(data, values.Date(name, value), line));

    /// <summary>A key of a list of text values.</summary>
    public static FrontMatterKey TextList(string name, FrontMatterUse use, Func<FrontMatterData, ImmutableArray<string>, int, FrontMatterData> set) =>
        new(name, FrontMatterShape.TextList, use, (data, values, value, line) => set(data, values.StringList(name, value), line));

    /// <summary>A key of a list of speakers.</summary>
    public static FrontMatterKey Speakers(string name, FrontMatterUse use, Func<FrontMatterData, ImmutableArray<SpeakerReference>, int, FrontMatterData> set) =>
        new(name, FrontMatterShape.Speakers, use, (data, values, value, line) => set(data, values.Speakers(name, value), line));

    /// <summary>A key of a list of corrections.</summary>
    public static FrontMatterKey Corrections(string name, FrontMatterUse use, Func<FrontMatterData, ImmutableArray<CorrectionNote>, int, FrontMatterData> set) =>
        new(name, FrontMatterShape.Corrections, use, (data, values, value, line) => set(data, values.Corrections(name, value), line));

    /// <summary>The data with this key's value read from <paramref name="value"/> (problems go to the reader's diagnostics).</summary>
    internal FrontMatterData Read(FrontMatterData data, FrontMatterValueReader values, YamlNode value, int line) => _read(data, values, value, line);

    /// <inheritdoc />
    public override string ToString() => Name;
}
