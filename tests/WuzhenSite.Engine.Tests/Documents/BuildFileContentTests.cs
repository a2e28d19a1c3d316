using WuzhenSite.Engine.Documents;

namespace WuzhenSite.Engine.Tests.Documents;

/// <summary>A file the build made (a processed photo) is written as a second name of it; an author's file is always copied.</summary>
public sealed class BuildFileContentTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wuzhen-engine-tests", Guid.NewGuid().ToString("N"));

    public BuildFileContentTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_build_file_is_linked_replacing_a_file_there_and_an_author_s_file_is_copied()
    {
        var made = Path.Combine(_folder, "made.jpg");
        var authored = Path.Combine(_folder, "authored.jpg");
        File.WriteAllBytes(made, [1, 2, 3]);
        File.WriteAllBytes(authored, [4, 5, 6]);
        var linked = Path.Combine(_folder, "linked.jpg");
        File.WriteAllBytes(linked, [9]); // the preview writes in place over the last build's file
        var copied = Path.Combine(_folder, "copied.jpg");

        DocumentContent.FromBuildFile(made).WriteToFile(linked);
        DocumentContent.FromFile(authored).WriteToFile(copied);

        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(linked));
        Assert.Equal(new byte[] { 4, 5, 6 }, File.ReadAllBytes(copied));
        Assert.Equal(2, LinkCount(made));
        Assert.Equal(1, LinkCount(authored));
    }

    private static long LinkCount(string path)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%h", path]) { RedirectStandardOutput = true };
        using var stat = System.Diagnostics.Process.Start(psi)!;
        var text = stat.StandardOutput.ReadToEnd();
        stat.WaitForExit();
        return long.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
