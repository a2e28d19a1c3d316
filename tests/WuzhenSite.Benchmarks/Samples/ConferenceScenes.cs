using NetVips;

namespace WuzhenSite.Benchmarks.Samples;

/// <summary>
/// The pictures of the sample site: abstract conference scenes (a hall under stage lights, an expo
/// floor, a forum panel, a press centre, the water town at night), drawn on a <see cref="Canvas"/>
/// at any size. Smooth light and flat shapes, not noise: a 4000 × 3000 JPEG of them stays small,
/// as a photo of a dim hall does.
/// </summary>
internal static class ConferenceScenes
{
    private static readonly double[] Night = [8, 10, 30];
    private static readonly double[] Silhouette = [5, 5, 11];
    private static readonly double[] WarmWhite = [255, 226, 180];
    private static readonly double[] IceBlue = [150, 200, 255];
    private static readonly double[] Gold = [255, 190, 90];
    private static readonly double[] Teal = [40, 200, 190];

    /// <summary>The main hall before the opening: a wide screen, beams from the rig, a lit stage, rows of heads.</summary>
    public static Image MainHall(int width, int height)
    {
        var c = new Canvas(width, height, Night, [34, 16, 52]);
        var a = c.Aspect;

        var screen = c.Box(a * 0.2, 0.1, a * 0.8, 0.5, 0.004);
        var screenColours = Canvas.Mix(c.Solid([20, 110, 170]), c.Solid([70, 40, 160]), c.U / a);
        c.Paint(screen, screenColours);
        c.Light(screen * c.Ring(a * 0.5, 0.3, 0.09, 0.13, 0.03), Teal, 0.9);
        c.Light(screen * c.Glow(a * 0.5, 0.3, 0.2), [90, 160, 255], 0.5);

        c.Paint(c.Box(0, 0.6, a, 0.7), [46, 36, 70]);
        c.Light(c.Box(0, 0.695, a, 0.705, 0.002), Gold, 0.9);
        for (var i = 0; i < 5; i++)
        {
            var lamp = a * (0.1 + (0.2 * i));
            var pool = a * (0.3 + (0.1 * i));
            c.Light(c.Beam(lamp, 0, pool, 0.66, 0.006, 0.12), i % 2 == 0 ? WarmWhite : IceBlue, 0.35);
            c.Light(c.Glow(lamp, 0.005, 0.02), WarmWhite, 1.2);
            c.Light(c.Glow(pool, 0.655, 0.1, squash: 0.2), WarmWhite, 0.25);
        }

        Audience(c, [0.8, 0.88, 0.97], 0.026);
        return c.ToImage();
    }

    /// <summary>The expo floor: a grid of ceiling lights over stands in three colours and a gold ring above.</summary>
    public static Image ExpoHall(int width, int height)
    {
        var c = new Canvas(width, height, [14, 16, 34], [70, 50, 46]);
        var a = c.Aspect;

        var rowOfLights = Canvas.Edge(0.004 - (Canvas.Wrap(c.V, 0.08) - 0.04).Abs(), 0.004) * Canvas.Edge(0.33 - c.V, 0.01);
        c.Light(rowOfLights * Canvas.Edge(0.01 - c.RepeatedU(0.06).Abs(), 0.006), WarmWhite, 0.8);

        double[][] stands = [[30, 170, 180], [230, 120, 40], [200, 50, 120], [30, 170, 180], [230, 120, 40]];
        for (var i = 0; i < stands.Length; i++)
        {
            var left = a * (0.04 + (0.19 * i));
            c.Paint(c.Box(left, 0.42, left + (a * 0.16), 0.74), [22, 22, 36]);
            c.Paint(c.Box(left, 0.42, left + (a * 0.16), 0.48), stands[i]);
            c.Light(c.Box(left + 0.02, 0.52, left + (a * 0.16) - 0.02, 0.66), stands[i], 0.35);
            c.Light(c.Glow(left + (a * 0.08), 0.75, 0.12, squash: 0.15), stands[i], 0.3);
        }

        c.Light(c.Ring(a * 0.5, 0.2, 0.11, 0.125, 0.006), Gold, 0.9);
        c.Light(c.Glow(a * 0.5, 0.2, 0.2), Gold, 0.15);
        Audience(c, [0.93, 1.02], 0.03);
        return c.ToImage();
    }

    /// <summary>A forum on stage: a backdrop with slow waves, a long table with five chairs, a lectern.</summary>
    public static Image ForumPanel(int width, int height)
    {
        var c = new Canvas(width, height, [10, 24, 60], [16, 14, 30]);
        var a = c.Aspect;

        var backdrop = c.Box(0, 0, a, 0.62);
        // Ribbons of light that sway as they fall; libvips' sin takes degrees.
        var phase = (c.U * 2.5) + ((c.V * 360 * 1.5).Sin() * 0.15);
        var ribbons = (((phase * 360).Sin() + 1) / 2).Pow(6);
        c.Light(backdrop * ribbons * Canvas.Edge(c.V - 0.1, 0.2), Teal, 0.5);
        c.Light(c.Glow(a * 0.5, 0.25, 0.4), [60, 90, 200], 0.4);

        for (var i = 0; i < 5; i++)
        {
            var seat = a * (0.26 + (0.12 * i));
            c.Paint(c.Box(seat - 0.05, 0.44, seat + 0.05, 0.66, 0.006), [28, 22, 40]);
            c.Light(c.Glow(seat, 0.6, 0.025), WarmWhite, 0.5);
        }

        c.Paint(c.Box(a * 0.18, 0.62, a * 0.82, 0.8), [238, 236, 230]);
        c.Paint(c.Box(a * 0.18, 0.8, a * 0.82, 0.82), [120, 110, 120]);
        c.Paint(c.Box(a * 0.88, 0.5, a * 0.96, 0.86), [30, 60, 110]);
        c.Light(c.Beam(a * 0.5, 0, a * 0.5, 0.8, 0.01, 0.5), WarmWhite, 0.12);
        c.Paint(c.Box(0, 0.86, a, 1), [20, 16, 28]);
        return c.ToImage();
    }

    /// <summary>The press centre: rows of desks, each with a glowing monitor, under strip lights.</summary>
    public static Image PressCentre(int width, int height)
    {
        var c = new Canvas(width, height, [200, 204, 212], [120, 112, 108]);

        c.Paint(c.Box(0, 0, c.Aspect, 0.3), [228, 230, 234]);
        c.Light(Canvas.Edge(0.006 - (Canvas.Wrap(c.V, 0.1) - 0.05).Abs(), 0.003) * Canvas.Edge(0.28 - c.V, 0.01), [255, 255, 250], 0.25);

        double[] rows = [0.46, 0.62, 0.82];
        for (var r = 0; r < rows.Length; r++)
        {
            var v = rows[r];
            var scale = 0.7 + (0.3 * r);
            var period = 0.3 * scale;
            var local = c.RepeatedU(period, r * 0.07);
            var monitor = Canvas.Edge((0.08 * scale) - local.Abs(), 0.003) * Canvas.Edge(c.V - (v - (0.1 * scale)), 0.003) * Canvas.Edge(v - c.V, 0.003);
            c.Paint(monitor, [24, 26, 34]);
            var screen = Canvas.Edge((0.07 * scale) - local.Abs(), 0.003) * Canvas.Edge(c.V - (v - (0.09 * scale)), 0.003) * Canvas.Edge(v - (0.01 * scale) - c.V, 0.003);
            c.Paint(screen, Canvas.Mix(c.Solid([40, 110, 200]), c.Solid([20, 60, 120]), (c.V - v + (0.09 * scale)) / (0.08 * scale)));
            c.Paint(c.Box(0, v + (0.005 * scale), c.Aspect, v + (0.05 * scale)), [160, 130, 100]);
            c.Paint(c.Box(0, v + (0.05 * scale), c.Aspect, v + (0.06 * scale)), [90, 70, 60]);
        }

        return c.ToImage();
    }

    /// <summary>The water town at night: house fronts with lit windows, lanterns along the bank and a stone bridge on three arches, mirrored in the canal.</summary>
    public static Image WaterTown(int width, int height)
    {
        var horizon = (int)(height * 0.56);
        var c = new Canvas(width, horizon, [6, 10, 36], [46, 36, 70]);
        var a = c.Aspect;
        c.Light(c.Glow(a * 0.86, 0.14, 0.05), [255, 250, 220], 0.8);

        const int houses = 7;
        for (var i = 0; i < houses; i++)
        {
            var left = a * i / houses;
            var right = left + (a / houses) - 0.008;
            var mid = (left + right) / 2;
            var eaves = 0.42 + (0.05 * (i % 3));
            var roof = c.Below(left - 0.03, eaves, mid, eaves - 0.07) * c.Below(mid, eaves - 0.07, right + 0.03, eaves) * c.Box(left - 0.03, 0, right + 0.03, eaves);
            c.Paint((c.Box(left, eaves, right, 1.1) + roof).Clamp(0, 1), [18, 16, 24]);
            c.Light(c.Box(left + 0.03, eaves + 0.12, mid - 0.015, eaves + 0.22), Gold, 0.45);
            c.Light(c.Box(mid + 0.015, eaves + 0.12, right - 0.03, eaves + 0.22), Gold, 0.3);
        }

        var along = c.RepeatedU(0.09, 0.045);
        var dv = c.V - 0.86;
        var fromLantern = ((along * along) + (dv * dv)).Pow(0.5);
        c.Light((((along * along) + (dv * dv)) * (-1 / (0.035 * 0.035))).Exp(), [255, 70, 40], 0.5);
        c.Paint(Canvas.Edge(0.012 - fromLantern, 0.003), [235, 55, 30]);

        // A low stone bridge on three arches; their reflections close each arch into a ring.
        var bridge = c.Box(a * 0.25, 0.8, a * 0.75, 1.1);
        foreach (var arch in (double[])[0.35, 0.5, 0.65])
        {
            bridge *= 1 - c.Disc(a * arch, 1.0, 0.09);
        }

        c.Paint(bridge, [44, 42, 58]);
        c.Light(c.Box(a * 0.25, 0.8, a * 0.75, 0.808, 0.002), [140, 130, 160], 0.6);
        var above = c.ToImage();

        // The canal: the scene upside down below the horizon, darker, broken by ripples.
        using var reflection = above.FlipVer().Crop(0, 0, width, height - horizon);
        var water = new Canvas(width, height - horizon, [0, 0, 0], [0, 0, 0]);
        var ripples = ((((water.V * 90) + ((water.U * 3) * 360).Sin()) * 360).Sin() * 0.12) + 0.55;
        using var canal = ((reflection * ripples) + new double[] { 4, 8, 20 }).Clamp(0, 255).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return above.Join(canal, Enums.Direction.Vertical);
    }

    /// <summary>The opening ceremony: a great LED ring over the stage, crossing beams, haze and the front rows.</summary>
    public static Image OpeningStage(int width, int height)
    {
        var c = new Canvas(width, height, [6, 8, 24], [30, 12, 40]);
        var a = c.Aspect;

        c.Light(c.Glow(a * 0.5, 0.35, 0.45), [80, 40, 160], 0.5);
        var ringColours = Canvas.Mix(c.Solid([40, 210, 255]), c.Solid([255, 120, 200]), (c.U - (a * 0.3)) / (a * 0.4));
        var ring = c.Ring(a * 0.5, 0.36, 0.2, 0.235, 0.006);
        c.Paint(ring, ringColours);
        c.Light(c.Ring(a * 0.5, 0.36, 0.17, 0.27, 0.06), [120, 160, 255], 0.35);
        c.Light(c.Beam(a * 0.05, 0, a * 0.62, 0.7, 0.005, 0.08), WarmWhite, 0.4);
        c.Light(c.Beam(a * 0.95, 0, a * 0.38, 0.7, 0.005, 0.08), WarmWhite, 0.4);
        c.Light(c.Beam(a * 0.5, 0, a * 0.5, 0.72, 0.004, 0.1), IceBlue, 0.3);
        c.Paint(c.Box(0, 0.68, a, 0.76), [50, 34, 74]);
        c.Light(c.Glow(a * 0.5, 0.7, 0.35, squash: 0.12), WarmWhite, 0.35);
        c.Paint(c.Box(a * 0.8, 0.6, a * 0.84, 0.69, 0.004), [60, 70, 120]);
        c.Light(c.Glow(a * 0.82, 0.6, 0.03), WarmWhite, 0.4);
        Audience(c, [0.86, 0.95, 1.04], 0.03);
        return c.ToImage();
    }

    /// <summary>
    /// Rows of heads and shoulders against the light, back row first: each nearer row is larger,
    /// offset, darker (less lit by the stage) and hides the shoulders of the row behind it.
    /// </summary>
    private static void Audience(Canvas c, double[] rows, double radius)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            var size = radius * (1 + (0.15 * r));
            var local = c.RepeatedU(size * 2.9, r * size * 1.3);
            var top = rows[r] + ((c.U * 360 * 9.7).Sin() * size * 0.15); // not everyone sits equally tall
            var head = Canvas.Edge(size - ((local * local) + ((c.V - top) * (c.V - top))).Pow(0.5), 0.003);
            var across = local / (size * 1.5);
            var down = (c.V - top - (size * 2.3)) / (size * 1.2);
            var shoulders = Canvas.Edge(1 - ((across * across) + (down * down)).Pow(0.5), 0.05).Maxpair(Canvas.Edge(c.V - top - (size * 2.3), 0.003));
            var shade = 1 - ((double)r / rows.Length);
            c.Paint(head.Maxpair(shoulders), [5 + (26 * shade), 5 + (16 * shade), 11 + (34 * shade)]);
        }
    }
}
