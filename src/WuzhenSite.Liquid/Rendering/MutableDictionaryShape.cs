namespace WuzhenSite.Liquid.Rendering;

/// <summary>An <see cref="IDictionary{TKey, TValue}"/> with string keys that is not also read-only-typed.</summary>
internal sealed class MutableDictionaryShape<T> : DictionaryShape
{
    public override bool TryGetValue(object target, string key, out object? value)
    {
        if (((IDictionary<string, T>)target).TryGetValue(key, out var typed))
        {
            value = typed;
            return true;
        }

        value = null;
        return false;
    }

    public override int Count(object target) => ((IDictionary<string, T>)target).Count;

    public override IEnumerable<KeyValuePair<string, object?>> Entries(object target)
    {
        foreach (var pair in (IDictionary<string, T>)target)
        {
            yield return new KeyValuePair<string, object?>(pair.Key, pair.Value);
        }
    }
}
