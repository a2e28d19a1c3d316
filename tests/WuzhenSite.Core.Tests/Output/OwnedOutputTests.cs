using System.Text;
using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

/// <summary>The manifest keeps each file's stamp, and a version 1 manifest (no stamps) is still read, so every file it lists is written again.</summary>
public sealed class OwnedOutputTests
{
    [Fact]
    public void Stamps_survive_a_round_trip_and_a_file_without_one_has_none()
    {
        var owned = new OwnedOutput(new HashSet<string>(["a/index.html", "b.txt"], StringComparer.Ordinal), new HashSet<string>(["a"], StringComparer.Ordinal))
        {
            Stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal) { ["a/index.html"] = new FileStamp("AB12", 42, 638_000_000_000_000_000) },
        };

        var read = OwnedOutput.Parse(owned.ToBytes());

        Assert.Equal(owned.Files.Order(StringComparer.Ordinal), read.Files.Order(StringComparer.Ordinal));
        Assert.Equal(new FileStamp("AB12", 42, 638_000_000_000_000_000), read.Stamps["a/index.html"]);
        Assert.False(read.Stamps.ContainsKey("b.txt"));
    }

    [Fact]
    public void A_stamp_keeps_the_origin_its_file_was_made_from()
    {
        var owned = new OwnedOutput(new HashSet<string>(["a/index.html", "b.txt"], StringComparer.Ordinal), new HashSet<string>(["a"], StringComparer.Ordinal))
        {
            Stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal)
            {
                ["a/index.html"] = new FileStamp("AB12", 42, 638_000_000_000_000_000) { Origin = "view:0123" },
                ["b.txt"] = new FileStamp("CD34", 7, 638_000_000_000_000_001),
            },
        };

        var read = OwnedOutput.Parse(owned.ToBytes());

        Assert.Equal("view:0123", read.Stamps["a/index.html"].Origin);
        Assert.Null(read.Stamps["b.txt"].Origin);
    }

    [Fact]
    public void A_version_1_manifest_is_read_with_no_stamps()
    {
        var read = OwnedOutput.Parse(Encoding.UTF8.GetBytes("""{"version":1,"folders":["en"],"files":[{"path":"en/index.html"}]}"""));

        Assert.Equal(["en/index.html"], read.Files);
        Assert.Equal(["en"], read.Folders);
        Assert.Empty(read.Stamps);
    }

    [Fact]
    public void A_manifest_of_a_later_version_is_refused()
    {
        Assert.Throws<FormatException>(() => OwnedOutput.Parse(Encoding.UTF8.GetBytes("""{"version":3,"folders":[],"files":[]}""")));
    }
}
