namespace WuzhenSite.Liquid.Syntax;

/// <summary>Renders a sequence of nodes, stopping at break/continue, and pins unexpected exceptions to the node that raised them.</summary>
internal static class Block
{
    public static Completion Render(Node[] nodes, TextWriter output, LiquidContext context)
    {
        var i = 0;
        try
        {
            for (; i < nodes.Length; i++)
            {
                var completion = nodes[i].Render(output, context);
                if (completion != Completion.Normal)
                {
                    return completion;
                }
            }

            return Completion.Normal;
        }
        catch (Exception exception) when (exception is not LiquidException and not OperationCanceledException)
        {
            // E.g. a property getter of the host's model threw: say where in the template it happened.
            throw nodes[i].Location.Error($"Rendering failed: {exception.Message}", exception);
        }
    }
}
