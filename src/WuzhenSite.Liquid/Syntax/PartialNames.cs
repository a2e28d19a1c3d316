namespace WuzhenSite.Liquid.Syntax;

/// <summary>Naming rules shared by include and render.</summary>
internal static class PartialNames
{
    /// <summary>The variable a with/for value gets by default: the partial name's last path segment ('partials/card' → card).</summary>
    public static string VariableName(string partialName)
    {
        var slash = partialName.LastIndexOf('/');
        return slash >= 0 ? partialName[(slash + 1)..] : partialName;
    }
}
