using System.Reflection;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// Reads one public property or field. Properties go through a <see cref="MethodInvoker"/>, which
/// the runtime turns into a direct call after the first few reads when code can be generated, and
/// which works unchanged when the command is compiled ahead of time (where compiled expression
/// trees would fall back to an interpreter). Created on first use, so types with many members pay
/// only for the ones templates read; racing creations are harmless.
/// </summary>
internal sealed class MemberGetter(MemberInfo member)
{
    private MethodInvoker? _invoker;

    public object? Get(object target) => member switch
    {
        PropertyInfo property => (_invoker ??= MethodInvoker.Create(property.GetMethod!)).Invoke(target),
        FieldInfo field => field.GetValue(target),
        _ => null,
    };
}
