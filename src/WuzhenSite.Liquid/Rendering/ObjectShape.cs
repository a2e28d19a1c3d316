using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// A plain .NET object: public instance properties and fields, readable by snake_case name
/// (<c>reading_minutes</c>) or by their own name (<c>ReadingMinutes</c>). Collections also answer
/// <c>size</c>, <c>first</c> and <c>last</c>.
/// </summary>
internal sealed class ObjectShape : TypeShape
{
    private readonly FrozenDictionary<string, MemberGetter> _members;
    private readonly bool _isCollection;

    public ObjectShape([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields)] Type type)
    {
        _isCollection = typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string);
        var lookup = new Dictionary<string, MemberGetter>(StringComparer.Ordinal);
        var ordered = new List<KeyValuePair<string, MemberGetter>>();
        // Properties, then fields: the order GetMembers lists them in, without asking for every kind of member.
        foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Concat<MemberInfo>(type.GetFields(BindingFlags.Public | BindingFlags.Instance)))
        {
            if (!IsReadable(member))
            {
                continue;
            }

            var getter = new MemberGetter(member);
            var snake = SnakeCase.Convert(member.Name);
            if (lookup.TryAdd(snake, getter))
            {
                ordered.Add(new KeyValuePair<string, MemberGetter>(snake, getter));
            }

            lookup.TryAdd(member.Name, getter);
        }

        _members = lookup.ToFrozenDictionary(StringComparer.Ordinal);
        Members = ordered;
    }

    /// <summary>Snake_case names and getters in declaration order, for the json filter.</summary>
    public IReadOnlyList<KeyValuePair<string, MemberGetter>> Members { get; }

    public bool IsCollection => _isCollection;

    public override object? GetMember(object target, string name)
    {
        if (_isCollection)
        {
            switch (name)
            {
                case "size": return BoxCache.Int(LiquidCollections.Count((IEnumerable)target));
                case "first": return LiquidCollections.First((IEnumerable)target);
                case "last": return LiquidCollections.Last((IEnumerable)target);
            }
        }

        return _members.TryGetValue(name, out var getter) ? getter.Get(target) : null;
    }

    private static bool IsReadable(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
            && !property.PropertyType.IsByRefLike && !property.PropertyType.IsPointer,
        FieldInfo field => !field.FieldType.IsByRefLike && !field.FieldType.IsPointer,
        _ => false,
    };
}
