namespace WuzhenSite.Liquid.Rendering;

/// <summary>Any <see cref="IReadOnlyDictionary{TKey, TValue}"/> with string keys (Dictionary, ImmutableDictionary, FrozenDictionary…).</summary>
internal sealed class ReadOnlyDictionaryShape<T> : DictionaryShape
{
    public override bool TryGetValue(object target, string key, out object? value)
    {
        if (((IReadOnlyDictionary<string, T>)target).TryGetValue(key, out var typed))
        {
            value = typed;
            return true;
        }

        value = null;
        return false;
    }

    public override int Count(object target) => ((IReadOnlyDictionary<string, T>)target).Count;

    public override IEnumerable<KeyValuePair<string, object?>> Entries(object target)
    {
        foreach (var pair in (IReadOnlyDictionary<string, T>)target)
        {
            yield return new KeyValuePair<string, object?>(pair.Key, pair.Value);
        }
    }
}
