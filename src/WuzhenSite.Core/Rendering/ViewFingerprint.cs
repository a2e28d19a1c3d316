using System.Buffers.Binary;
using System.Collections;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using WuzhenSite.Content.Figures;
using WuzhenSite.Rendering.Views;

namespace WuzhenSite.Rendering;

/// <summary>
/// A 128-bit fingerprint of everything a layout reads to render one page: the page's view and the
/// language's site view and UI strings. Equal fingerprints mean the page renders to the same bytes
/// with the same layouts, so the preview can leave the file it wrote last time. Every value is
/// fed with a type tag and a length to XxHash128, so two different views share a fingerprint
/// with the odds of a 128-bit hash collision, which are negligible. A value of a type it does not know makes no fingerprint
/// (<see cref="Of"/> returns null): such a page is always rendered.
/// </summary>
public sealed class ViewFingerprint
{
    private readonly XxHash128 _hash = new();
    private bool _unknown;

    /// <summary>The fingerprint of <paramref name="view"/> rendered with <paramref name="site"/> and <paramref name="strings"/>, or null when a value cannot be fingerprinted.</summary>
    public static UInt128? Of(PageView view, SiteView site, IReadOnlyDictionary<string, string> strings) =>
        OfSite(site, strings) is { } siteKey ? Of(view, siteKey) : null;

    /// <summary>The fingerprint of what every page of a language shares (its site view and UI strings), made once per language.</summary>
    public static UInt128? OfSite(SiteView site, IReadOnlyDictionary<string, string> strings)
    {
        var hasher = new ViewFingerprint();
        hasher.Add(site);
        hasher.Value(strings);
        return hasher.Finish();
    }

    /// <summary>The fingerprint of <paramref name="view"/> rendered with the site view and strings of <paramref name="siteKey"/> (<see cref="OfSite"/>).</summary>
    public static UInt128? Of(PageView view, UInt128 siteKey)
    {
        var hasher = new ViewFingerprint();
        hasher.Add(view);
        Span<byte> key = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(key, siteKey);
        hasher._hash.Append(key);
        return hasher.Finish();
    }

    /// <summary>The fingerprint of one view record alone (tests hold every property of every view to changing it).</summary>
    internal static UInt128? OfRecord(object record)
    {
        var hasher = new ViewFingerprint();
        hasher.Value(record);
        return hasher.Finish();
    }

    private UInt128? Finish()
    {
        if (_unknown)
        {
            return null;
        }

        return _hash.GetCurrentHashAsUInt128();
    }

    private void Add(PageView v)
    {
        Tag('P');
        Text(v.Kind); Text(v.Layout); Text(v.Title); Text(v.Url); Text(v.Permalink); Text(v.Lang); Text(v.Dir);
        Text(v.Description); Text(v.Content); Text(v.Summary); Text(v.DateDisplay); Text(v.DateIso); Text(v.UpdatedDisplay); Text(v.UpdatedIso); List(v.Corrections); Int(v.ReadingMinutes);
        Text(v.Author); Text(v.Editor); Text(v.Source); Text(v.Location); Text(v.Image); Text(v.ImageAlt); Value(v.Cover);
        List(v.Forums); List(v.Speakers); List(v.Tags); Value(v.Event);
        List(v.Translations); List(v.Alternates); Value(v.Params); List(v.Items); List(v.Related); Value(v.Paginator); List(v.Years); Value(v.Data); Value(v.Social);
    }

    private void Add(ItemView v)
    {
        Tag('I');
        Text(v.Title); Text(v.Url); Text(v.Kind); Text(v.Summary); Text(v.DateDisplay); Text(v.DateIso); Text(v.UpdatedIso);
        Text(v.Image); Text(v.ImageAlt); Value(v.Cover); Int(v.ReadingMinutes); List(v.Speakers); List(v.Forums); Value(v.Event);
    }

    private void Add(SiteView v)
    {
        Tag('S');
        Text(v.Title); Text(v.Description); Text(v.BaseUrl); Text(v.LinkRoot); Value(v.Lang); List(v.Languages);
        Text(v.HomeUrl); Text(v.SearchUrl); List(v.Nav); Int(v.Year); Text(v.Generator); Text(v.CustomCss);
    }

    private void Add(SocialView v)
    {
        Tag('O');
        Text(v.OgType); Text(v.Locale); List(v.LocaleAlternates); Text(v.SiteName); Text(v.Image); Text(v.ImageAlt);
        Int(v.ImageWidth); Int(v.ImageHeight); Text(v.TwitterCard); Text(v.PublishedTime); Text(v.ModifiedTime); List(v.Feeds); Text(v.JsonLd);
    }

    private void Add(Figure v)
    {
        Tag('F');
        Text(v.Src); Int(v.Width); Int(v.Height); Text(v.Srcset); Text(v.MediaType); List(v.Sources); Text(v.Sizes);
        Text(v.Alt); Text(v.Caption); Text(v.Credit); Text(v.Copyright); Value(v.Lead); Text(v.Position); Value(v.Social);
        Text(v.Largest); Text(v.Html);
    }

    private void Add(PaginatorView v)
    {
        Tag('G');
        Int(v.Current); Int(v.Total); Text(v.PrevUrl); Text(v.NextUrl); List(v.Pages); Int(v.TotalItems);
    }

    private void List<T>(IReadOnlyList<T> items)
    {
        Tag('[');
        Int(items.Count);
        foreach (var item in items)
        {
            Value(item);
        }
    }

    /// <summary>Any value a view holds: the view records, and the plain values and collections of <c>Data</c> and <c>Params</c>.</summary>
    private void Value(object? value)
    {
        switch (value)
        {
            case null: Tag('0'); break;
            case string s: Text(s); break;
            case bool b: Tag(b ? 'T' : 'F'); break;
            case int i: Int(i); break;
            case long l: Tag('L'); Long(l); break;
            case double d: Tag('D'); Long(BitConverter.DoubleToInt64Bits(d)); break;
            case float f: Tag('D'); Long(BitConverter.DoubleToInt64Bits(f)); break;
            case decimal m: Tag('M'); Text(m.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case DateTime t: Tag('t'); Long(t.Ticks); Int((int)t.Kind); break;
            case DateTimeOffset o: Tag('o'); Long(o.Ticks); Long(o.Offset.Ticks); break;
            case LinkView k: Tag('k'); Text(k.Name); Text(k.Url); Text(k.Role); Value(k.IsCurrent); break;
            case TranslationView r: Tag('r'); Text(r.Lang); Text(r.LangName); Text(r.Url); Text(r.Title); Value(r.IsFallback); Value(r.IsCurrent); break;
            case AlternateView a: Tag('a'); Text(a.Hreflang); Text(a.Href); break;
            case LanguageView g: Tag('g'); Text(g.Code); Text(g.Name); Text(g.Locale); Text(g.Dir); Text(g.HomeUrl); Value(g.IsCurrent); Value(g.IsDefault); break;
            case PageLinkView p: Tag('p'); Int(p.Number); Text(p.Url); Value(p.IsCurrent); break;
            case CorrectionView c: Tag('c'); Text(c.DateDisplay); Text(c.DateIso); Text(c.Note); break;
            case YearLinkView y: Tag('y'); Int(y.Year); Text(y.Url); Int(y.Count); Value(y.IsCurrent); break;
            case FeedLinkView e: Tag('e'); Text(e.Type); Text(e.Title); Text(e.Href); break;
            case ItemView item: Add(item); break;
            case Figure f: Add(f); break;
            case FigureSource s: Tag('s'); Text(s.MediaType); Text(s.Srcset); break;
            case SocialImage i: Tag('i'); Text(i.Src); Int(i.Width); Int(i.Height); break;
            case PaginatorView paginator: Add(paginator); break;
            case SocialView social: Add(social); break;
            case SiteView site: Add(site); break;
            case PageView page: Add(page); break;
            case IReadOnlyDictionary<string, string> strings:
                Tag('{');
                Int(strings.Count);
                foreach (var (key, text) in InStableOrder(strings, strings.Select(pair => KeyValuePair.Create(pair.Key, (object?)pair.Value))))
                {
                    Text(key);
                    Value(text);
                }

                break;
            case IDictionary dictionary:
                Tag('{');
                Int(dictionary.Count);
                var entries = new List<KeyValuePair<object, object?>>(dictionary.Count);
                for (var enumerator = dictionary.GetEnumerator(); enumerator.MoveNext();)
                {
                    entries.Add(KeyValuePair.Create(enumerator.Key, enumerator.Value));
                }

                foreach (var (key, item) in IsOrdered(dictionary) ? entries : [.. entries.OrderBy(entry => KeyText(entry.Key), StringComparer.Ordinal)])
                {
                    Value(key);
                    Value(item);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                Tag('{');
                Int(map.Count);
                foreach (var (key, item) in InStableOrder(map, map))
                {
                    Text(key);
                    Value(item);
                }

                break;
            case IEnumerable sequence:
                Tag('[');
                foreach (var item in sequence)
                {
                    Value(item);
                }

                Tag(']');
                break;
            default:
                _unknown = true;
                break;
        }
    }

    /// <summary>
    /// A dictionary's entries in an order that is the same in every process: as enumerated when the
    /// type keeps an order (insertion, sorted), a layout's loop over it seeing that order; by key
    /// otherwise, since a hashed dictionary's order depends on the process's string hashing, and
    /// the manifest keeps fingerprints from one build to the next.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, object?>> InStableOrder(object dictionary, IEnumerable<KeyValuePair<string, object?>> entries) =>
        IsOrdered(dictionary) ? entries : entries.OrderBy(entry => entry.Key, StringComparer.Ordinal);

    private static bool IsOrdered(object dictionary) =>
        dictionary.GetType() is { IsGenericType: true } type
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(Dictionary<,>) || definition == typeof(SortedDictionary<,>) || definition == typeof(SortedList<,>));

    private static string KeyText(object key) => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private void Tag(char tag) => Int(tag);

    private void Int(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.Append(bytes);
    }

    private void Long(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.Append(bytes);
    }

    /// <summary>A string as its length and UTF-16 code units; null apart from empty.</summary>
    private void Text(string? text)
    {
        if (text is null)
        {
            Tag('0');
            return;
        }

        Tag('s');
        Int(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
