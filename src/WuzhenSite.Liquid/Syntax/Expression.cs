namespace WuzhenSite.Liquid.Syntax;

/// <summary>A value-producing piece of markup (literal, variable path, range, filtered expression). Immutable.</summary>
internal abstract class Expression
{
    public abstract object? Evaluate(LiquidContext context);
}
