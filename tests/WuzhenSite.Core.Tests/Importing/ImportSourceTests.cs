using WuzhenSite.Importing.Sources;

namespace WuzhenSite.Core.Tests.Importing;

public sealed class ImportSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wuzhen-import-").FullName;

    [Theory]
    [InlineData("briefing.pdf")]
    [InlineData("briefing.doc")]
    [InlineData("briefing")]
    public void A_file_of_another_kind_is_refused_naming_it(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "text");

        var error = Assert.Throws<ImportSourceException>(() => ImportSource.Read(path));

        Assert.Contains(path, error.Message);
        Assert.NotEmpty(error.Fix);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_rather_than_imported_as_replacement_characters()
    {
        var path = Path.Combine(_folder, "gbk.txt");
        File.WriteAllBytes(path, [0xC4, 0xE3, 0xBA, 0xC3, 0x0A]); // 你好 in GBK

        var error = Assert.Throws<ImportSourceException>(() => ImportSource.Read(path));

        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void A_saved_page_in_the_gbk_encoding_its_meta_names_is_read()
    {
        var path = Path.Combine(_folder, "gbk.html");
        var head = System.Text.Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><h1>");
        byte[] title = [0xB8, 0xDB, 0xBF, 0xDA, 0xD5, 0xB9, 0xB9, 0xDD]; // 港口展馆 in GB2312
        File.WriteAllBytes(path, [.. head, .. title, .. System.Text.Encoding.ASCII.GetBytes("</h1></body></html>")]);

        var line = Assert.Single(ImportSource.Read(path));

        Assert.Equal("港口展馆", line.Text);
    }

    [Fact]
    public void A_text_file_keeps_its_line_numbers_and_loses_its_byte_order_mark()
    {
        var path = Path.Combine(_folder, "briefing.txt");
        File.WriteAllText(path, "\uFEFFTitle\r\n\r\n  Body\u00A0text  \r\n", new System.Text.UTF8Encoding(false));

        var lines = ImportSource.Read(path);

        Assert.Equal(["Title", "Body text"], lines.Select(l => l.Text));
        Assert.Equal([1, 3], lines.Select(l => l.Number));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
