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
