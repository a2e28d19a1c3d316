namespace WuzhenSite.Images;

/// <summary>The metadata keys of the image step's documents.</summary>
public static class ImageKeys
{
    /// <summary>A photo document's <see cref="Sources.ImageFacts"/>.</summary>
    public const string Facts = nameof(Facts);

    /// <summary>The <see cref="Sources.ImageCatalog"/> on the ImageSources pipeline's one document.</summary>
    public const string Catalog = nameof(Catalog);

    /// <summary>On a page: the files its figures need (<see cref="Planning.Derivative"/>s), which the Images pipeline makes.</summary>
    public const string Derivatives = nameof(Derivatives);

    /// <summary>The photo files a page's figures name (none for a page without photos).</summary>
    public static System.Collections.Immutable.ImmutableArray<Planning.Derivative> DerivativesOf(Engine.Documents.Document page) =>
        page.Get<System.Collections.Immutable.ImmutableArray<Planning.Derivative>>(Derivatives) is { IsDefault: false } list ? list : [];

    /// <summary>On a photo file's document: the <see cref="Planning.Derivative"/> it is made as.</summary>
    public const string Derivative = nameof(Derivative);
}
