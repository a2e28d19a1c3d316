using WuzhenSite.Images.Planning;
using WuzhenSite.Images.Sources;

namespace WuzhenSite.Core.Tests.Images;

public sealed class PhotoPlanTests
{
    private static readonly ImageOptions Options = new([480, 800, 1200, 1600], [PhotoFormat.Avif, PhotoFormat.WebP], "encoder 1");

    private static ImageFacts Photo(int width, int height, PhotoFormat format = PhotoFormat.Jpeg, string hash = "aa") =>
        new("assets/photos/Stage Left.jpg", "/site/input/assets/photos/Stage Left.jpg", hash, width, height, format, PhotoCredits.None);

    [Fact]
    public void Every_configured_width_the_photo_reaches_is_made_in_every_format_and_the_fallback()
    {
        var plan = PhotoPlan.For(Photo(4000, 3000), Options, FocalPoint.Center);

        Assert.Equal([480, 800, 1200, 1600], plan.Fallback.Select(d => d.Width));
        Assert.Equal([360, 600, 900, 1200], plan.Fallback.Select(d => d.Height));
        Assert.All(plan.Fallback, d => Assert.Equal(PhotoFormat.Jpeg, d.Format));
        Assert.Equal([PhotoFormat.Avif, PhotoFormat.WebP], plan.Modern.Select(format => format[0].Format));
        Assert.Equal(4 * 3 + 1, plan.All.Count());
        Assert.Matches(@"^assets/img/stage-left-[0-9a-f]{10}-480\.jpg$", plan.Fallback[0].Destination);
    }

    [Fact]
    public void A_photo_is_never_enlarged_and_a_small_one_keeps_its_own_width()
    {
        Assert.Equal([480, 800], PhotoPlan.For(Photo(1000, 500), Options, FocalPoint.Center).Fallback.Select(d => d.Width));
        Assert.Equal([300], PhotoPlan.For(Photo(300, 200), Options, FocalPoint.Center).Fallback.Select(d => d.Width));
    }

    [Fact]
    public void Png_stays_png_and_other_formats_fall_back_to_jpeg()
    {
        Assert.All(PhotoPlan.For(Photo(2000, 1000, PhotoFormat.Png), Options, FocalPoint.Center).Fallback, d => Assert.EndsWith(".png", d.Destination));
        Assert.All(PhotoPlan.For(Photo(2000, 1000, PhotoFormat.Heic), Options, FocalPoint.Center).Fallback, d => Assert.EndsWith(".jpg", d.Destination));
    }

    [Fact]
    public void Names_change_with_the_photo_s_bytes_the_encoder_and_for_the_social_crop_the_focal_point()
    {
        var plan = PhotoPlan.For(Photo(4000, 3000), Options, FocalPoint.Center);
        var otherBytes = PhotoPlan.For(Photo(4000, 3000, hash: "bb"), Options, FocalPoint.Center);
        var otherEncoder = PhotoPlan.For(Photo(4000, 3000), Options with { EncoderKey = "encoder 2" }, FocalPoint.Center);
        var otherFocus = PhotoPlan.For(Photo(4000, 3000), Options, new FocalPoint(0, 0));

        Assert.NotEqual(plan.Fallback[0].Destination, otherBytes.Fallback[0].Destination);
        Assert.NotEqual(plan.Fallback[0].Destination, otherEncoder.Fallback[0].Destination);
        Assert.Equal(plan.Fallback[0].Destination, otherFocus.Fallback[0].Destination);
        Assert.NotEqual(plan.Social.Destination, otherFocus.Social.Destination);
        Assert.Equal((1200, 630), (plan.Social.Width, plan.Social.Height));
    }
}
