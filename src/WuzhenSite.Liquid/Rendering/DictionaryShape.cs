namespace WuzhenSite.Liquid.Rendering;

/// <summary>A dictionary keyed by strings: member lookup is key lookup, then <c>size</c> when no such key exists (as in Liquid).</summary>
internal abstract class DictionaryShape : TypeShape
{
    public abstract bool TryGetValue(object target, string key, out object? value);

    public abstract int Count(object target);

    /// <summary>The entries, in the dictionary's own order (for loops and json).</summary>
    public abstract IEnumerable<KeyValuePair<string, object?>> Entries(object target);

    public override object? GetMember(object target, string name) =>
        TryGetValue(target, name, out var value) ? value
        : name == "size" ? BoxCache.Int(Count(target))
        : null;
}
