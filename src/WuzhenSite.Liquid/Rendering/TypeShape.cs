using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

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

    // Types reach templates as objects, so the trimmer cannot see which members a template reads: the
    // command keeps the members of the assemblies whose types templates see (WuzhenSite.csproj).
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Template-visible assemblies are rooted where the command is published.")]
    private static TypeShape Create(Type type)
    {
        // Prefer the read-only view: ImmutableDictionary and Dictionary implement both, and TryGetValue is the same.
        // The value types templates see are named here, not made with MakeGenericType, so the command
        // compiles ahead of time; other string-keyed dictionaries answer through non-generic IDictionary.
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return new ReadOnlyDictionaryShape<object?>();
        }

        if (typeof(IReadOnlyDictionary<string, string>).IsAssignableFrom(type))
        {
            return new ReadOnlyDictionaryShape<string>();
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return new MutableDictionaryShape<object?>();
        }

        if (typeof(IDictionary<string, string>).IsAssignableFrom(type))
        {
            return new MutableDictionaryShape<string>();
        }

        // Other dictionaries (Dictionary<string, int>, Hashtable, the Dictionary<object, object> of untyped YAML).
        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return new NonGenericDictionaryShape();
        }

        return new ObjectShape(type);
    }
}
