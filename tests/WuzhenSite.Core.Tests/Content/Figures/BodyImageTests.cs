using WuzhenSite.Content.Figures;
using WuzhenSite.Content.Markdown;

namespace WuzhenSite.Core.Tests.Content.Figures;

public sealed class BodyImageTests
{
    private static (List<ImageReference> Images, string Html) Parse(string markdown, int firstLine = 1)
    {
        var renderer = new MarkdownRenderer(allowRawHtml: false);
        var images = new List<ImageReference>();
        var syntax = renderer.Parse(markdown, images: images, firstLine: firstLine);
        return (images, renderer.Render(syntax));
    }

    [Fact]
    public void A_photo_alone_in_its_paragraph_becomes_a_figure_marker_with_caption_credit_alt_and_file_line()
    {
        var (images, html) = Parse("Intro.\n\n![Delegates in the hall](stage.jpg \"The main hall at noon | Photo: Press Office\")\n", firstLine: 8);

        var image = Assert.Single(images);
        Assert.Equal(new ImageReference("stage.jpg", "Delegates in the hall", "The main hall at noon", "Photo: Press Office", 10, ImagePlace.Figure), image);
        Assert.Equal("<p>Intro.</p>\n<!--wuzhen-image 0-->\n", html);
    }

    [Fact]
    public void A_photo_inside_text_keeps_its_alt_text_and_becomes_an_inline_marker()
    {
        var (images, html) = Parse("Before ![a small **map**](/assets/map.png) after.\n");

        Assert.Equal(new ImageReference("/assets/map.png", "a small map", null, null, 1, ImagePlace.Inline), Assert.Single(images));
        Assert.Equal("<p>Before <!--wuzhen-image 0--> after.</p>\n", html);
    }

    [Fact]
    public void Svg_gif_and_remote_images_stay_as_markdown_wrote_them()
    {
        var (images, html) = Parse("![Logo](logo.svg)\n\n![Spinner](wait.gif)\n\n![Remote](https://example.org/a.jpg)\n");

        Assert.Empty(images);
        Assert.Contains("<img src=\"logo.svg\" alt=\"Logo\" />", html);
        Assert.Contains("<img src=\"https://example.org/a.jpg\" alt=\"Remote\" />", html);
    }

    [Fact]
    public void A_gallery_block_becomes_one_marker_for_its_images_in_order()
    {
        var (images, html) = Parse("::: gallery\n![One](a.jpg \"First\")\n![Two](b.jpg)\n:::\n\n![Three](c.jpg)\n");

        Assert.Equal(["a.jpg", "b.jpg", "c.jpg"], images.Select(i => i.Url));
        Assert.Equal([ImagePlace.Gallery, ImagePlace.Gallery, ImagePlace.Figure], images.Select(i => i.Place));
        Assert.Equal("First", images[0].Caption);
        Assert.Equal("<!--wuzhen-gallery 0 2-->\n<!--wuzhen-image 2-->\n", html);
    }

    [Theory]
    [InlineData("Caption only", "Caption only", null)]
    [InlineData("A | B | Photo: C", "A | B", "Photo: C")]
    [InlineData(" | Photo: C", null, "Photo: C")]
    [InlineData("", null, null)]
    public void A_title_splits_into_caption_and_credit_at_its_last_bar(string title, string? caption, string? credit)
    {
        Assert.Equal((caption, credit), BodyImages.SplitTitle(title));
    }

    [Fact]
    public void Markers_are_replaced_by_the_figures_and_unknown_ones_left_as_comments()
    {
        var html = FigureMarkers.Replace("<p>a</p><!--wuzhen-image 0--><!--wuzhen-gallery 1 2--><!--wuzhen-image 9--><!--other-->",
            index => index == 0 ? "<figure/>" : null,
            (first, count) => $"<ul data-first=\"{first}\" data-count=\"{count}\"/>");

        Assert.Equal("<p>a</p><figure/><ul data-first=\"1\" data-count=\"2\"/><!--wuzhen-image 9--><!--other-->", html);
    }
}
