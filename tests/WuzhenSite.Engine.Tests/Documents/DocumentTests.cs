using WuzhenSite.Engine.Documents;

namespace WuzhenSite.Engine.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Changes_make_new_documents_and_leave_the_original_as_it_was()
    {
        var original = Document.Create("a.md", "a/index.html", DocumentContent.FromText("one")).With("Title", "First");

        var changed = original.With("Title", "Second").WithText("two").WithDestination("b/index.html");

        Assert.Equal("First", original.Get<string>("Title"));
        Assert.Equal("one", original.Content.ReadText());
        Assert.Equal("a/index.html", original.Destination);
        Assert.Equal("Second", changed.Get<string>("Title"));
        Assert.Equal("two", changed.Content.ReadText());
        Assert.Equal("a.md", changed.Source);
    }

    [Fact]
    public void Get_returns_default_for_a_missing_key_or_another_type_and_GetRequired_names_the_document()
    {
        var document = Document.Create("a.md").With("Count", 3);

        Assert.Null(document.Get<string>("Count"));
        Assert.Equal(0, document.Get<int>("Missing"));
        var error = Assert.Throws<InvalidOperationException>(() => document.GetRequired<string>("Title"));
        Assert.Contains("a.md", error.Message);
    }

    [Fact]
    public async Task File_content_is_streamed_from_disk_when_written()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, [1, 2, 3], TestContext.Current.CancellationToken);
        var content = DocumentContent.FromFile(path);
        using var target = new MemoryStream();

        await content.WriteToAsync(target, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3], target.ToArray());
        File.Delete(path);
    }

    [Fact]
    public void Factory_content_is_made_when_read_and_not_before()
    {
        int made = 0;
        var content = DocumentContent.FromFactory(() =>
        {
            made++;
            return "héllo"u8.ToArray();
        });
        Assert.Equal(0, made);

        var path = Path.GetTempFileName();
        content.WriteToFile(path);

        Assert.Equal("héllo", File.ReadAllText(path));
        Assert.Equal("héllo", content.ReadText());
        Assert.Equal(DocumentContent.FromBytes("héllo"u8.ToArray()).Fingerprint(), content.Fingerprint());
        Assert.Equal(3, made);
        File.Delete(path);
    }

    [Fact]
    public void Writing_to_a_new_file_creates_it_and_writing_over_a_longer_file_leaves_only_the_new_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("wuzhen-write-").FullName;
        try
        {
            var path = Path.Combine(folder, "page.html");
            DocumentContent.FromText("a much longer first version").WriteToFile(path);
            Assert.Equal("a much longer first version", File.ReadAllText(path));

            DocumentContent.FromText("short").WriteToFile(path);
            Assert.Equal("short", File.ReadAllText(path));

            DocumentContent.FromBytes("xy"u8.ToArray()).WriteToFile(path);
            Assert.Equal("xy", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
