using System.Linq.Expressions;
using System.Reflection;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// Reads one public property or field. The delegate is compiled on first use (not when the type is first
/// seen) so types with many members pay only for the ones templates read. Racing compilations are harmless.
/// </summary>
internal sealed class MemberGetter(MemberInfo member)
{
    private Func<object, object?>? _compiled;

    public object? Get(object target) => (_compiled ??= Compile(member))(target);

    private static Func<object, object?> Compile(MemberInfo member)
    {
        var parameter = Expression.Parameter(typeof(object), "target");
        var typed = Expression.Convert(parameter, member.DeclaringType!);
        var access = member is PropertyInfo property
            ? Expression.Property(typed, property)
            : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
