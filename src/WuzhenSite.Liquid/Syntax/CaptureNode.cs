using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// <c>{% capture name %}…{% endcapture %}</c>. The body is rendered output — already escaped where it had to
/// be — so the captured value is <see cref="LiquidHtml"/> and is not escaped a second time when printed.
/// </summary>
internal sealed class CaptureNode(SourceLocation location, string name, Node[] body) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var writer = context.RentWriter();
        var completion = Block.Render(body, writer, context);
        context.Scope.Assign(name, new LiquidHtml(writer.ToString()));
        context.ReturnWriter(writer);
        return completion;
    }
}
