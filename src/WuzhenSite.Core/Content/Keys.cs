namespace WuzhenSite.Content;

/// <summary>The metadata keys documents carry between modules.</summary>
public static class Keys
{
    /// <summary>The <see cref="ContentPage"/> of a content document.</summary>
    public const string Page = nameof(Page);

    /// <summary>The kind of a document read from the input folder (<see cref="ContentKind"/>).</summary>
    public const string Kind = nameof(Kind);

    /// <summary>The view model a layout renders (<c>Rendering.Views.PageView</c>).</summary>
    public const string View = nameof(View);

    /// <summary>The layout a document is rendered with, e.g. <c>article</c>.</summary>
    public const string Layout = nameof(Layout);

    /// <summary>The real path of a file copied or processed from the input folder (assets, photos): what decides whether two documents are one file.</summary>
    public const string RealPath = nameof(RealPath);

    /// <summary>Destinations of redirect pages (Statiq's name).</summary>
    public const string RedirectFrom = nameof(RedirectFrom);
}
