using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace WuzhenSite.SiteSearch;

/// <summary>
/// A 128-bit fingerprint of everything one language's search files are made from: its entries
/// (every property, fields by name), the speaker and forum names the filters show, the shard
/// threshold, and the identity of the program and settings. Equal fingerprints mean the same files,
/// so a full build whose previous build stamped its search files with it can keep them without
/// indexing again. Every value is fed with a tag and a length, as <c>ViewFingerprint</c> does.
/// </summary>
public sealed class SearchFingerprint
{
    private readonly XxHash128 _hash = new();

    /// <summary>The fingerprint of one language's search inputs.</summary>
    public static UInt128 Of(UInt128 programIdentity, string language, IReadOnlyList<SearchEntry> entries,
        IReadOnlyDictionary<string, string> speakerNames, IReadOnlyDictionary<string, string> forumNames, long shardThreshold)
    {
        var hasher = new SearchFingerprint();
        hasher.Long((long)(ulong)programIdentity);
        hasher.Long((long)(ulong)(programIdentity >> 64));
        hasher.Text(language);
        hasher.Long(shardThreshold);
        hasher.Names(speakerNames);
        hasher.Names(forumNames);
        hasher.Long(entries.Count);
        foreach (var entry in entries)
        {
            hasher.Add(entry);
        }

        return hasher._hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The fingerprint of one entry alone (tests hold every property to changing it).</summary>
    internal static UInt128 OfEntry(SearchEntry entry)
    {
        var hasher = new SearchFingerprint();
        hasher.Add(entry);
        return hasher._hash.GetCurrentHashAsUInt128();
    }

    private void Add(SearchEntry e)
    {
        Long((long)e.Type); Text(e.Url); Text(e.Title); Text(e.Date); Long(e.Year); Long(e.Day?.DayNumber ?? -1); Text(e.Speaker); Text(e.Excerpt);
        List(e.SpeakerSlugs); List(e.ForumSlugs);
        Long(e.Fields.Count);
        foreach (var (name, text) in e.Fields.OrderBy(field => field.Key, StringComparer.Ordinal))
        {
            Text(name);
            Text(text);
        }
    }

    private void Names(IReadOnlyDictionary<string, string> names)
    {
        Long(names.Count);
        foreach (var (slug, name) in names.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Text(slug);
            Text(name);
        }
    }

    private void List(IReadOnlyList<string> items)
    {
        Long(items.Count);
        foreach (var item in items)
        {
            Text(item);
        }
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
        Long(text is null ? -1 : text.Length);
        if (text is not null)
        {
            _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }
}
