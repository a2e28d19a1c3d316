namespace WuzhenSite.Liquid.Syntax;

/// <summary>The test of an if/elsif/unless: a truthy value, a comparison, or and/or/not of those. Immutable.</summary>
internal abstract class Condition
{
    public abstract bool Evaluate(LiquidContext context);
}
