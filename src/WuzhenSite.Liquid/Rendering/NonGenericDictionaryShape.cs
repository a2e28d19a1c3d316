using System.Collections;
using System.Globalization;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>Non-generic <see cref="IDictionary"/>s, e.g. the Dictionary&lt;object, object&gt; that untyped YAML produces.</summary>
internal sealed class NonGenericDictionaryShape : DictionaryShape
{
    public override bool TryGetValue(object target, string key, out object? value)
    {
        var dictionary = (IDictionary)target;
        if (dictionary.Contains(key))
        {
            value = dictionary[key];
            return true;
        }

        value = null;
        return false;
    }

    public override int Count(object target) => ((IDictionary)target).Count;

    public override IEnumerable<KeyValuePair<string, object?>> Entries(object target)
    {
        foreach (DictionaryEntry entry in (IDictionary)target)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }
}
