using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Figures;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Images.Markup;
using WuzhenSite.Images.Planning;
using WuzhenSite.Images.Sources;
using WuzhenSite.Theming;
using WuzhenSite.Urls;

namespace WuzhenSite.Images.Resolving;

/// <summary>
/// Turns each page's images into figures: the cover (front matter <c>image:</c>) and the photos
/// Markdown left markers for (<see cref="BodyImages"/>). A photo is looked up in the build's
/// <see cref="ImageCatalog"/>, planned (<see cref="PhotoPlan"/>) and written as markup naming the
/// files the Images pipeline will make, which the page carries on (<see cref="ImageKeys.Derivatives"/>).
/// Caption and credit come from the page, else from the photo's IPTC/XMP. A photo that is not in
/// the input is an error; one without alt text or credit is a warning naming the line.
/// </summary>
public sealed class ResolvePageImages(SiteSettings settings, ImageOptions options, LinkBuilder links, UiStrings strings) : PerDocumentModule
{
    /// <inheritdoc />
    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        var page = input.Get<ContentPage>(Keys.Page);
        if (page is null || (page.Meta.Image is null && page.BodyImages.IsEmpty))
        {
            return ValueTask.FromResult<IEnumerable<Document>>([input]);
        }

        var catalog = ImageCatalog.From(context);
        var derivatives = ImmutableArray.CreateBuilder<Derivative>();
        Figure? Resolve(ImageReference reference, FocalPoint focus) =>
            ResolveOne(reference, page, focus, catalog, derivatives, context.Diagnostics);

        Figure? cover = null;
        if (page.Meta.Image is { } image)
        {
            var focus = FocalPoint.Parse(page.Meta.ImageFocus);
            if (focus is null)
            {
                context.Diagnostics.Report(Diagnostic.Error(page.SourcePath, page.Meta.ImageFocusLine, 1, $"'imageFocus: {page.Meta.ImageFocus}' is not a focal point.",
                    "Write center (the default), a side or corner such as 'top' or 'bottom left', or two percentages from the top left, such as '30% 40%'.", "image"));
            }

            var reference = new ImageReference(image, page.Meta.ImageAlt, page.Meta.ImageCaption, page.Meta.ImageCredit, page.Meta.ImageLine, ImagePlace.Cover);
            cover = Resolve(reference, focus ?? FocalPoint.Center);
        }

        var figures = page.BodyImages.Select(reference => Resolve(reference, FocalPoint.Center)).ToList();
        var rendered = page with { Cover = cover };
        if (!page.BodyImages.IsEmpty)
        {
            var label = strings.For(page.Language).GetValueOrDefault("gallery_label", "Photos");
            rendered = rendered with
            {
                Html = FigureMarkers.Replace(page.Html,
                    index => index < figures.Count && figures[index] is { } figure ? BodyHtml(figure, page.BodyImages[index].Place) : null,
                    (first, count) => first + count <= figures.Count ? FigureHtml.Gallery(figures.Skip(first).Take(count).OfType<Figure>(), label) : null),
            };
        }

        var output = input.With(Keys.Page, rendered).With(ImageKeys.Derivatives, derivatives.ToImmutable());
        return ValueTask.FromResult<IEnumerable<Document>>([output]);
    }

    private static string BodyHtml(Figure figure, ImagePlace place) =>
        place == ImagePlace.Inline ? FigureHtml.Picture(figure) : FigureHtml.Figure(figure);

    private Figure? ResolveOne(ImageReference reference, ContentPage page, FocalPoint focus, ImageCatalog catalog, ImmutableArray<Derivative>.Builder derivatives, DiagnosticBag diagnostics)
    {
        var lead = reference.Place == ImagePlace.Cover;
        if (!RasterImages.IsLocalPhoto(reference.Url))
        {
            // SVG, GIF and remote images are shown as they are, without sizes or formats to choose from.
            var plain = new Figure { Src = Link(reference.Url), Alt = reference.Alt ?? "", Caption = reference.Caption, Credit = reference.Credit, Lead = lead };
            return plain with { Html = FigureHtml.Figure(plain, lead ? "figure cover" : "figure") };
        }

        var relative = ImagePaths.InInput(reference.Url, page.SourcePath);
        if (relative is null || catalog.Find(relative) is not { } photo)
        {
            diagnostics.Report(Diagnostic.Error(page.SourcePath, reference.Line, 1,
                $"The photo '{reference.Url}' is not in the input folder{(relative is null ? "" : $" (looked for {relative})")}.",
                "Put the photo there, or correct the path: a path starting with '/' is from the input folder (/assets/photos/stage.jpg), any other from the page's own folder (stage.jpg beside index.md).", "image"));
            return null;
        }

        if (photo.Problem is { } problem)
        {
            diagnostics.Report(Diagnostic.Error(page.SourcePath, reference.Line, 1, $"The photo '{reference.Url}' ({photo.Relative} in the input folder) cannot be shown: {problem}",
                photo.ProblemFix, "image"));
            return null;
        }

        CheckWords(reference, photo, page, diagnostics);
        var plan = PhotoPlan.For(photo, options, focus);
        derivatives.AddRange(plan.Fallback);
        foreach (var format in plan.Modern)
        {
            derivatives.AddRange(format);
        }

        if (lead)
        {
            derivatives.Add(plan.Social);
        }

        var fallback = plan.Fallback.LastOrDefault(d => d.Width <= 1200) ?? plan.Fallback[0];
        var figure = new Figure
        {
            Src = Link(fallback.Destination),
            Width = fallback.Width,
            Height = fallback.Height,
            Srcset = Srcset(plan.Fallback),
            MediaType = PhotoFormats.MediaType(fallback.Format),
            Sources = [.. plan.Modern.Select(format => new FigureSource(PhotoFormats.MediaType(format[0].Format), Srcset(format)))],
            Sizes = reference.Place == ImagePlace.Gallery ? FigureHtml.GallerySizes : FigureHtml.ColumnSizes,
            Alt = reference.Alt ?? "",
            Caption = reference.Caption ?? photo.Credits.Caption,
            Credit = reference.Credit ?? photo.Credits.CreditLine,
            Copyright = photo.Credits.Copyright,
            Lead = lead,
            Position = focus.Css,
            Social = lead ? new SocialImage(Link(plan.Social.Destination), plan.Social.Width, plan.Social.Height) : null,
            Largest = Link(plan.Fallback[^1].Destination),
        };
        return figure with { Html = FigureHtml.Figure(figure, lead ? "figure cover" : "figure") };
    }

    /// <summary>Alt text is for readers who cannot see the photo; a credit is owed to whoever took it.</summary>
    private void CheckWords(ImageReference reference, ImageFacts photo, ContentPage page, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(reference.Alt))
        {
            var message = $"The photo '{reference.Url}' has no alt text.";
            var fix = reference.Place == ImagePlace.Cover
                ? "Add 'imageAlt:' to the front matter, saying what the photo shows for readers who cannot see it."
                : "Write what the photo shows between the brackets: ![Delegates in the main hall](" + reference.Url + ").";
            diagnostics.Report(settings.RequireImageAlt
                ? Diagnostic.Error(page.SourcePath, reference.Line, 1, message, fix, "image-alt")
                : Diagnostic.Warning(page.SourcePath, reference.Line, 1, message, fix + " (RequireImageAlt in statiq.json makes this an error.)", "image-alt"));
        }

        if (reference.Credit is null && photo.Credits.CreditLine is null)
        {
            diagnostics.Report(Diagnostic.Warning(page.SourcePath, reference.Line, 1, $"The photo '{reference.Url}' has no credit, in the page or in the photo's IPTC/XMP.",
                reference.Place == ImagePlace.Cover
                    ? "Add 'imageCredit: Photo: …' to the front matter, or write the credit into the photo's IPTC Credit field."
                    : "Add it after the caption: ![…](" + reference.Url + " \"Caption | Photo: …\"), or write it into the photo's IPTC Credit field.", "image-credit"));
        }
    }

    private string Srcset(ImmutableArray<Derivative> widths) =>
        string.Join(", ", widths.Select(d => $"{Link("/" + d.Destination)} {d.Width}w"));

    private string Link(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? links.Link(url)
        : url.StartsWith("assets/", StringComparison.Ordinal) ? links.Link("/" + url)
        : url;
}
