using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using WuzhenSite.Content;
using WuzhenSite.Text;

namespace WuzhenSite.Taxonomies;

/// <summary>
/// Resolves every forum, speaker, tag and event name to one term. Profiles make all their spellings
/// (name and aliases, in any language) land on one slug; without a profile the name's slug is the
/// term, so "Digital Economy", "digital economy" and "Digital-Economy" are one tag.
/// Built from the profile and content pages; pure and immutable once built.
/// </summary>
public sealed class TermIndex
{
    private readonly FrozenDictionary<(TermKind, string), Term> _bySpellingKey;
    private readonly FrozenDictionary<(TermKind, string), Term> _bySlug;

    // Pages name the same few hundred terms thousands of times; slugging a name (Unicode normalisation) is the costly part.
    private readonly ConcurrentDictionary<(TermKind, string), Term?> _byWrittenName = new();

    private TermIndex(FrozenDictionary<(TermKind, string), Term> bySpellingKey, FrozenDictionary<(TermKind, string), Term> bySlug)
    {
        _bySpellingKey = bySpellingKey;
        _bySlug = bySlug;
    }

    /// <summary>Every term, by kind then slug.</summary>
    public IEnumerable<Term> All => _bySlug.Values.OrderBy(t => t.Kind).ThenBy(t => t.Slug, StringComparer.Ordinal);

    /// <summary>The terms of one kind, by slug.</summary>
    public IEnumerable<Term> OfKind(TermKind kind) => All.Where(t => t.Kind == kind);

    /// <summary>The term a name means, or null when the name has no letters or digits.</summary>
    public Term? Resolve(TermKind kind, string name) =>
        _byWrittenName.GetOrAdd((kind, name), static (key, spellings) => spellings.TryGetValue((key.Item1, Slug.From(key.Item2)), out var term) ? term : null, _bySpellingKey);

    /// <summary>How a name written in front matter shows in <paramref name="language"/>: its term's name there, or the name as written.</summary>
    public string DisplayName(TermKind kind, string written, string language) => Resolve(kind, written)?.NameIn(language) ?? written;

    /// <summary>The term with a slug.</summary>
    public Term? BySlug(TermKind kind, string slug) => _bySlug.TryGetValue((kind, slug), out var term) ? term : null;

    /// <summary>Builds the index from profile pages and the content pages that name terms.</summary>
    public static TermIndex Build(IEnumerable<ContentPage> profiles, IEnumerable<ContentPage> content, string defaultLanguage)
    {
        var terms = new Dictionary<(TermKind, string), Term>();
        var spellings = new Dictionary<(TermKind, string), (TermKind, string)>();

        // Profiles first, default language first, so their names and slugs win.
        foreach (var profile in profiles.OrderBy(p => p.Language == defaultLanguage ? 0 : 1).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var kind = KindOfProfile(profile.Kind);
            var slug = profile.Slug;
            var id = (kind, slug);
            if (!terms.TryGetValue(id, out var term))
            {
                term = new Term { Kind = kind, Slug = slug, CanonicalName = profile.Meta.Name! };
            }

            var names = new List<string> { profile.Meta.Name! };
            names.AddRange(profile.Meta.Aliases);
            term = term with
            {
                NameByLanguage = term.NameByLanguage.SetItem(profile.Language, profile.Meta.Name!),
                ProfileByLanguage = term.ProfileByLanguage.SetItem(profile.Language, profile),
                Spellings = term.Spellings.AddRange(names.Where(n => !term.Spellings.Contains(n))),
            };
            terms[id] = term;
            foreach (var name in names)
            {
                var key = Slug.From(name);
                if (key.Length > 0)
                {
                    spellings.TryAdd((kind, key), id);
                }
            }
        }

        // Then every name content uses; a name no profile claims becomes its own term.
        foreach (var page in content.OrderBy(p => p.Language == defaultLanguage ? 0 : 1).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            foreach (var (kind, name) in NamesIn(page))
            {
                var key = Slug.From(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!spellings.TryGetValue((kind, key), out var id))
                {
                    id = (kind, key);
                    spellings[(kind, key)] = id;
                    terms[id] = new Term { Kind = kind, Slug = key, CanonicalName = name, Spellings = [name] };
                }

                // A language without a profile of its own shows the name as its documents write it (盛勇军, not Sheng Yongjun).
                var term = terms[id];
                if (!term.NameByLanguage.ContainsKey(page.Language))
                {
                    terms[id] = term with { NameByLanguage = term.NameByLanguage.SetItem(page.Language, name) };
                }
            }
        }

        return new TermIndex(
            spellings.ToFrozenDictionary(p => p.Key, p => terms[p.Value]),
            terms.ToFrozenDictionary());
    }

    /// <summary>Every (kind, name) a page carries in its front matter.</summary>
    public static IEnumerable<(TermKind Kind, string Name)> NamesIn(ContentPage page)
    {
        foreach (var forum in page.Meta.Forums)
        {
            yield return (TermKind.Forum, forum);
        }

        foreach (var speaker in page.Meta.Speakers)
        {
            yield return (TermKind.Speaker, speaker.Name);
        }

        foreach (var tag in page.Meta.Tags)
        {
            yield return (TermKind.Tag, tag);
        }

        if (page.Meta.Event is { } name)
        {
            yield return (TermKind.Event, name);
        }
    }

    private static TermKind KindOfProfile(ContentKind kind) => kind switch
    {
        ContentKind.SpeakerProfile => TermKind.Speaker,
        ContentKind.ForumProfile => TermKind.Forum,
        _ => TermKind.Event,
    };
}
