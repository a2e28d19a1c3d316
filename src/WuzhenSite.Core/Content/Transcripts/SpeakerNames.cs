using WuzhenSite.Text;

namespace WuzhenSite.Content.Transcripts;

/// <summary>
/// The names a transcript's labels are checked against: its listed speakers, and every profile's
/// name and aliases. Answers which speaker a label means, and which known name a misspelt label
/// probably meant.
/// </summary>
public sealed class SpeakerNames
{
    private readonly Dictionary<string, (string Slug, string Name)> _byKey;

    /// <summary>An empty set of names.</summary>
    public SpeakerNames() => _byKey = new(StringComparer.Ordinal);

    /// <summary>A copy of <paramref name="shared"/> to add a page's own names to (the profiles' names are slugged once per build, not once per transcript).</summary>
    public SpeakerNames(SpeakerNames shared) => _byKey = new(shared._byKey, StringComparer.Ordinal);

    /// <summary>Adds a spelling of a speaker whose term slug is <paramref name="slug"/>.</summary>
    public void Add(string spelling, string slug)
    {
        var key = Slug.From(spelling);
        if (key.Length > 0)
        {
            _byKey.TryAdd(key, (slug, spelling));
        }
    }

    /// <summary>The speaker slug a label names, or null.</summary>
    public string? SlugOf(string label) => _byKey.TryGetValue(Slug.From(label), out var found) ? found.Slug : null;

    /// <summary>True when a label names a known speaker.</summary>
    public bool Contains(string label) => SlugOf(label) is not null;

    /// <summary>The known spelling a label is a small edit away from, or null.</summary>
    public string? LikelyMeant(string label)
    {
        var key = Slug.From(label);
        if (key.Length < 3)
        {
            return null;
        }

        var isCjk = key.EnumerateRunes().Any(r => WuzhenSite.Localization.CjkText.IsCjk(r.Value));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (known, entry) in _byKey)
        {
            if (Math.Abs(known.Length - key.Length) > 2)
            {
                continue; // more than the largest allowed distance apart, whatever the letters
            }

            var distance = EditDistance.Between(key, known, bestDistance);
            var allowed = isCjk ? 1 : Math.Min(2, Math.Max(1, Math.Max(key.Length, known.Length) / 4));
            if (distance > 0 && distance <= allowed && distance < bestDistance)
            {
                best = entry.Name;
                bestDistance = distance;
            }
        }

        return best;
    }
}
