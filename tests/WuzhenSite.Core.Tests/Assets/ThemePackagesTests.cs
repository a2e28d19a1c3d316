using System.Text.Json;
using WuzhenSite.Assets;

namespace WuzhenSite.Core.Tests.Assets;

public sealed class ThemePackagesTests
{
    [Fact]
    public void The_publish_list_maps_installed_files_to_asset_paths()
    {
        var packages = ThemePackages.Read("""{ "dependencies": { "lunr": "2.3.9" }, "wuzhen": { "publish": { "node_modules/lunr/lunr.min.js": "assets/js/vendor/lunr.min.js" } } }""");

        Assert.Equal([("node_modules/lunr/lunr.min.js", "assets/js/vendor/lunr.min.js")], packages);
    }

    [Fact]
    public void A_package_json_without_a_publish_list_publishes_nothing() =>
        Assert.Empty(ThemePackages.Read("""{ "name": "theme" }"""));

    [Theory]
    [InlineData("""{ "wuzhen": { "publish": { "node_modules/x.js": "../outside.js" } } }""")]
    [InlineData("""{ "wuzhen": { "publish": { "node_modules/x.js": "assets/../../x.js" } } }""")]
    [InlineData("""{ "wuzhen": { "publish": { "node_modules/x.js": 3 } } }""")]
    [InlineData("""{ "wuzhen": { "publish": [] } }""")]
    public void A_destination_outside_assets_or_a_malformed_list_is_refused(string json) =>
        Assert.Throws<JsonException>(() => ThemePackages.Read(json));
}
