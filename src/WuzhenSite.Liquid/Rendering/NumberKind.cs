namespace WuzhenSite.Liquid.Rendering;

/// <summary>Which representation a <see cref="LiquidNumber"/> uses; arithmetic promotes Integer → Decimal → Float.</summary>
internal enum NumberKind
{
    Integer,
    Decimal,
    Float,
}
