namespace WuzhenSite.Liquid;

/// <summary>
/// Resolves the partials named by <c>{% include 'partials/header' %}</c> and <c>{% render 'x' %}</c>.
/// Implementations should cache parsed templates: a partial inside a loop is loaded on every iteration.
/// </summary>
public interface ILiquidTemplateLoader
{
    /// <summary>The template for <paramref name="name"/> exactly as written in the tag (no ".liquid" added), or null when missing.</summary>
    LiquidTemplate? Load(string name);
}
