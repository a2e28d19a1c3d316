using NetVips;

namespace WuzhenSite.Benchmarks.Samples;

/// <summary>
/// A picture painted from arithmetic alone, layer on layer, in floating point: every shape is a
/// soft mask (0 outside, 1 inside, a smooth edge between) and painting lays a colour through it.
/// Positions are in units of the picture's height (so a disc is round): u runs 0 … <see cref="Aspect"/>
/// left to right, v 0 … 1 top to bottom. No randomness and no fonts, so the same code makes the
/// same pixels every time.
/// </summary>
internal sealed class Canvas
{
    private Image _pixels;

    public Canvas(int width, int height, double[] top, double[] bottom)
    {
        (Width, Height) = (width, height);
        var xyz = Image.Xyz(width, height);
        U = xyz[0] / (double)height;
        V = xyz[1] / (double)height;
        _pixels = Mix(Solid(top), Solid(bottom), V);
    }

    public int Width { get; }

    public int Height { get; }

    public double Aspect => (double)Width / Height;

    /// <summary>Horizontal position of each pixel, in heights.</summary>
    public Image U { get; }

    /// <summary>Vertical position of each pixel, 0 at the top, 1 at the bottom.</summary>
    public Image V { get; }

    /// <summary>A colour everywhere (three bands).</summary>
    public Image Solid(double[] colour) => (U * 0).Bandjoin(U * 0, U * 0) + colour;

    /// <summary>From colour <paramref name="a"/> where <paramref name="t"/> is 0 to <paramref name="b"/> where it is 1.</summary>
    public static Image Mix(Image a, Image b, Image t) => (a * (1 - t)) + (b * t);

    /// <summary>1 inside the disc, 0 outside, with an edge <paramref name="soft"/> wide.</summary>
    public Image Disc(double cu, double cv, double radius, double soft = 0.004) =>
        Edge(radius - Distance(cu, cv), soft);

    /// <summary>A ring between two radii.</summary>
    public Image Ring(double cu, double cv, double inner, double outer, double soft = 0.004)
    {
        var d = Distance(cu, cv);
        return Edge(outer - d, soft) * Edge(d - inner, soft);
    }

    /// <summary>A soft halo: 1 at the centre, fading as a Gaussian of the given radius.</summary>
    public Image Glow(double cu, double cv, double radius, double squash = 1)
    {
        var du = U - cu;
        var dv = (V - cv) / squash;
        return (((du * du) + (dv * dv)) * (-1 / (radius * radius))).Exp();
    }

    /// <summary>A rectangle from (u0, v0) to (u1, v1).</summary>
    public Image Box(double u0, double v0, double u1, double v1, double soft = 0.003) =>
        Edge(U - u0, soft).Minpair(Edge(u1 - U, soft)).Minpair(Edge(V - v0, soft)).Minpair(Edge(v1 - V, soft));

    /// <summary>Everything below the line through (u0, v0) and (u1, v1): a roof's slope, a hill.</summary>
    public Image Below(double u0, double v0, double u1, double v1, double soft = 0.003) =>
        Edge(V - (v0 + ((U - u0) * ((v1 - v0) / (u1 - u0)))), soft);

    /// <summary>
    /// A cone of light from a lamp at (u0, v0) to a pool at (u1, v1), <paramref name="w0"/> and
    /// <paramref name="w1"/> half-wide at its ends, brightest at the lamp and fading along its length.
    /// </summary>
    public Image Beam(double u0, double v0, double u1, double v1, double w0, double w1)
    {
        var t = ((V - v0) / (v1 - v0)).Clamp(0, 1);
        var centre = u0 + (t * (u1 - u0));
        var halfWidth = w0 + (t * (w1 - w0));
        var across = (1 - ((U - centre).Abs() / halfWidth)).Clamp(0, 1);
        var along = Edge(V - v0, 0.01) * Edge(v1 - V, 0.02);
        return across * across * along * (1 - (t * 0.55));
    }

    /// <summary>Repeats a shape drawn around u = 0 every <paramref name="period"/> across the picture.</summary>
    public Image RepeatedU(double period, double offset = 0) => Wrap(U - offset, period) - (period / 2);

    /// <summary>Where each value falls within its period, 0 … period (libvips' remainder is for integers only).</summary>
    public static Image Wrap(Image value, double period) => value - ((value / period).Floor() * period);

    /// <summary>Lays <paramref name="colour"/> over the picture through <paramref name="mask"/>.</summary>
    public Canvas Paint(Image mask, double[] colour, double opacity = 1) => Paint(mask, Solid(colour), opacity);

    /// <summary>Lays a picture of colours (three bands) over the picture through <paramref name="mask"/>.</summary>
    public Canvas Paint(Image mask, Image colours, double opacity = 1)
    {
        _pixels = Mix(_pixels, colours, mask * opacity);
        return this;
    }

    /// <summary>Adds light: brightens through the mask, as a lamp or a screen does.</summary>
    public Canvas Light(Image mask, double[] colour, double strength = 1)
    {
        _pixels += mask * strength * colour;
        return this;
    }

    /// <summary>The picture as 8-bit sRGB, each channel clipped to 0 … 255.</summary>
    public Image ToImage() => _pixels.Clamp(0, 255).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);

    /// <summary>1 where <paramref name="inside"/> is positive, 0 where negative, smooth across <paramref name="soft"/>.</summary>
    public static Image Edge(Image inside, double soft) => ((inside / soft) + 0.5).Clamp(0, 1);

    private Image Distance(double cu, double cv)
    {
        var du = U - cu;
        var dv = V - cv;
        return ((du * du) + (dv * dv)).Pow(0.5);
    }
}
