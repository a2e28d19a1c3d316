using System.Globalization;
using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class JsNumberFormatterTests(NodeHarness node)
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.234, "1.234")]
    [InlineData(0.001, "0.001")]
    [InlineData(-0.0, "0")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(100.0, "100")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.2345e-9, "1.2345e-9")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    public void Formats_like_javascript(double value, string expected) =>
        Assert.Equal(expected, JsNumberFormatter.Format(value));

    [Fact]
    public void Formats_negative_zero_as_zero()
    {
        Assert.Equal("0", JsNumberFormatter.Format(-0.0));
        Assert.Equal("0", JsNumberFormatter.Format(0.0));
    }

    [Fact]
    public void Agrees_with_node_on_random_doubles()
    {
        var random = new Random(42);
        var values = new List<double>();
        for (int i = 0; i < 5000; i++)
        {
            values.Add(i switch
            {
                < 1000 => Math.Round(random.NextDouble() * 100000) / 1000,
                < 2000 => BitConverter.Int64BitsToDouble(random.NextInt64()),
                < 3000 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)),
                < 4000 => Math.Round(random.NextDouble() * 1e6) / 1000 * (random.Next(2) == 0 ? -1 : 1),
                _ => random.Next() * Math.Pow(10, random.Next(-25, 25)),
            });
        }

        values.RemoveAll(v => !double.IsFinite(v));
        var texts = values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToList();
        string file = node.WriteTempFile("numbers.json", JsonSerializer.Serialize(texts));
        var expected = node.RunHarnessJson("format", file);
        for (int i = 0; i < values.Count; i++)
        {
            Assert.Equal(expected[i].GetString(), JsNumberFormatter.Format(values[i]));
        }
    }
}
