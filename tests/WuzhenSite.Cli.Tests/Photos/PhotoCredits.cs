namespace WuzhenSite.Cli.Tests.Photos;

/// <summary>
/// What a press office writes into a photo for its caption and credit line: IPTC Caption-Abstract,
/// Credit, By-line and CopyrightNotice, or their XMP twins dc:description, photoshop:Credit,
/// dc:creator and dc:rights. IPTC keeps credit and by-line to 32 bytes, hence the short credit.
/// </summary>
public sealed record PhotoCredits(string Caption, string Credit, string Byline, string Copyright)
{
    /// <summary>A fictional press office's credits, in English.</summary>
    public static PhotoCredits PressOffice { get; } = new(
        "Delegates take their seats under the blue stage lights of the main hall",
        "Wuzhen Summit Press Office",
        "Lin Qiao",
        "© 2021 Wuzhen Summit Press Office");

    /// <summary>The same in Chinese: the text must survive as UTF-8.</summary>
    public static PhotoCredits PressOfficeChinese { get; } = new(
        "主会场蓝色舞台灯光下，代表们陆续入座",
        "乌镇峰会新闻办公室",
        "林乔",
        "© 2021 乌镇峰会新闻办公室");
}

/// <summary>
/// The private part of a camera's metadata that a published photo must lose: where it was taken
/// (EXIF GPS) and which camera and lens took it (serial numbers), with the camera's make and model.
/// </summary>
public sealed record CameraDetails(double Latitude, double Longitude, string Make, string Model, string BodySerialNumber, string LensSerialNumber)
{
    /// <summary>A fictional camera standing in the conference centre at Wuzhen.</summary>
    public static CameraDetails InWuzhen { get; } = new(30.7431, 120.4872, "Fictional Optics", "FX-9 Mark II", "FX9-20211026-0042", "LN-7731-5520");
}
