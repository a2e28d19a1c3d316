using WuzhenSite.Content.Figures;
using WuzhenSite.Images.Markup;

namespace WuzhenSite.Core.Tests.Images;

public sealed class FigureHtmlTests
{
    private static readonly Figure Photo = new()
    {
        Src = "/assets/img/hall-0123456789-1200.jpg",
        Width = 1200,
        Height = 800,
        Srcset = "/assets/img/hall-0123456789-480.jpg 480w, /assets/img/hall-0123456789-1200.jpg 1200w",
        Sources = [new FigureSource("image/avif", "/assets/img/hall-0123456789-480.avif 480w")],
        Sizes = FigureHtml.ColumnSizes,
        Alt = "Delegates \"on stage\"",
        Caption = "会场 <主厅>",
        Credit = "Photo: A & B",
        Largest = "/assets/img/hall-0123456789-1600.jpg",
    };

    [Fact]
    public void A_figure_has_sources_a_sized_lazy_fallback_and_its_caption_and_credit_escaped()
    {
        var html = FigureHtml.Figure(Photo);

        Assert.Equal(
            "<figure class=\"figure\"><picture><source type=\"image/avif\" srcset=\"/assets/img/hall-0123456789-480.avif 480w\" sizes=\"(min-width: 48rem) 44rem, 100vw\">"
            + "<img src=\"/assets/img/hall-0123456789-1200.jpg\" srcset=\"/assets/img/hall-0123456789-480.jpg 480w, /assets/img/hall-0123456789-1200.jpg 1200w\" sizes=\"(min-width: 48rem) 44rem, 100vw\" width=\"1200\" height=\"800\" alt=\"Delegates &quot;on stage&quot;\" loading=\"lazy\" decoding=\"async\"></picture>"
            + "<figcaption><span class=\"figure__caption\">会场 &lt;主厅&gt;</span> <span class=\"figure__credit\">Photo: A &amp; B</span></figcaption></figure>",
            html);
    }

    [Fact]
    public void The_lead_image_loads_at_once_with_high_priority()
    {
        var html = FigureHtml.Figure(Photo with { Lead = true }, "figure cover");

        Assert.Contains("fetchpriority=\"high\"", html);
        Assert.DoesNotContain("loading=\"lazy\"", html);
        Assert.StartsWith("<figure class=\"figure cover\">", html);
    }

    [Fact]
    public void An_image_not_processed_is_a_plain_img_without_sizes_and_without_an_empty_caption()
    {
        var html = FigureHtml.Figure(new Figure { Src = "/assets/logo.svg", Alt = "Logo" });

        Assert.Equal("<figure class=\"figure\"><img src=\"/assets/logo.svg\" alt=\"Logo\" loading=\"lazy\" decoding=\"async\"></figure>", html);
    }

    [Fact]
    public void A_gallery_is_a_labelled_list_whose_photos_link_to_their_largest_size()
    {
        var html = FigureHtml.Gallery([Photo, Photo with { Caption = null, Credit = null }], "图片");

        Assert.StartsWith("<ul class=\"gallery\" role=\"list\" aria-label=\"图片\">", html);
        Assert.Equal(2, html.Split("<li class=\"gallery__item\">").Length - 1);
        Assert.Contains("<a class=\"gallery__link\" href=\"/assets/img/hall-0123456789-1600.jpg\"><picture>", html);
        Assert.Equal(1, html.Split("<figcaption>").Length - 1);
    }
}
