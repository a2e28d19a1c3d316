using System.Collections;
using System.Collections.Concurrent;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// How values of one .NET type answer member lookups. Built once per type and cached, because reflection
/// and interface discovery are far too slow for the render hot path.
/// </summary>
internal abstract class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();

    public static TypeShape Of(object target) => Cache.GetOrAdd(target.GetType(), Create);

    public abstract object? GetMember(object target, string name);

    private static TypeShape Create(Type type)
    {
        // Prefer the read-only view: ImmutableDictionary and Dictionary implement both, and TryGetValue is the same.
        Type? readOnly = null;
        Type? mutable = null;
        foreach (var candidate in type.GetInterfaces())
        {
            if (!candidate.IsGenericType || candidate.GetGenericArguments()[0] != typeof(string))
            {
                continue;
            }

            var definition = candidate.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyDictionary<,>))
            {
                readOnly ??= candidate;
            }
            else if (definition == typeof(IDictionary<,>))
            {
                mutable ??= candidate;
            }
        }

        if (readOnly is not null)
        {
            var valueType = readOnly.GetGenericArguments()[1];
            return (TypeShape)Activator.CreateInstance(typeof(ReadOnlyDictionaryShape<>).MakeGenericType(valueType))!;
        }

        if (mutable is not null)
        {
            var valueType = mutable.GetGenericArguments()[1];
            return (TypeShape)Activator.CreateInstance(typeof(MutableDictionaryShape<>).MakeGenericType(valueType))!;
        }

        // Non-generic dictionaries (Hashtable, Dictionary<object, object> from untyped YAML).
        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return new NonGenericDictionaryShape();
        }

        return new ObjectShape(type);
    }
}
