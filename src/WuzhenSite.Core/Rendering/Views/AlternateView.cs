namespace WuzhenSite.Rendering.Views;

/// <summary>An <c>hreflang</c> alternate: language code (or <c>x-default</c>) and absolute URL.</summary>
public sealed record AlternateView(string Hreflang, string Href);
