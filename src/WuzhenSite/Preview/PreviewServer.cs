using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel: index.html for folders, the site's own 404
/// page for misses. Only files inside the output folder can be served.
/// </summary>
internal sealed class PreviewServer(string outputRoot, int port) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address the site is served at.</summary>
    public string Url => $"http://127.0.0.1:{port}/";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = outputRoot, WebRootPath = outputRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Url);
        var app = builder.Build();
        var files = new PhysicalFileProvider(outputRoot);
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".xml"] = "application/xml; charset=utf-8";
        contentTypes.Mappings[".txt"] = "text/plain; charset=utf-8";
        contentTypes.Mappings[".json"] = "application/json; charset=utf-8";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = contentTypes });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
