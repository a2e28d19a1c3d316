using System.Text;
using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class JsonBufferTests
{
    [Fact]
    public void Each_write_returns_only_its_own_bytes_though_the_buffer_is_reused()
    {
        var large = JsonBuffer.Write(default, w => w.WriteStringValue(new string('x', 50_000)));
        var small = JsonBuffer.Write(default, w => w.WriteNumberValue(7));

        Assert.Equal(50_002, large.Length);
        Assert.Equal("7", Encoding.UTF8.GetString(small));
    }

    [Fact]
    public void A_write_inside_a_write_gets_a_buffer_of_its_own()
    {
        byte[]? inner = null;

        var outer = JsonBuffer.Write(default, w =>
        {
            w.WriteStartArray();
            w.WriteStringValue("outer");
            inner = JsonBuffer.Write(default, x => x.WriteStringValue("inner"));
            w.WriteEndArray();
        });

        Assert.Equal("[\"outer\"]", Encoding.UTF8.GetString(outer));
        Assert.Equal("\"inner\"", Encoding.UTF8.GetString(inner!));
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind_for_the_next()
    {
        Assert.Throws<InvalidOperationException>(() => JsonBuffer.Write(default, w =>
        {
            w.WriteStringValue("half");
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("1", Encoding.UTF8.GetString(JsonBuffer.Write(default, w => w.WriteNumberValue(1))));
    }
}
