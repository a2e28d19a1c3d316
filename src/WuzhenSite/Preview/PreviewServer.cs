using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel: folders serve their index.html, HTML pages
/// get the live-reload script added on the way out (the files on disk never have it), misses get
/// the site's 404 page; a page just edited is served from memory until its rebuild has written it
/// (<see cref="EditedPageOverlay"/>); a file with a precompressed copy beside it is sent as that copy when the browser
/// accepts its encoding (<see cref="PrecompressedSibling"/>). Only files really inside the output folder can be served:
/// requests that climb out of it by spelling or through a symbolic link get 404 (or 400 from Kestrel), see <see cref="OutputFiles"/>.
/// </summary>
internal sealed class PreviewServer(string outputRoot, int port, LiveReloadHub hub, EditedPageOverlay? editedPages = null) : IAsyncDisposable
{
    private readonly EditedPageOverlay _edited = editedPages ?? new EditedPageOverlay();
    private readonly OutputFiles _files = new(outputRoot);
    private WebApplication? _app;

    /// <summary>The address the site is served at.</summary>
    public string Url => $"http://127.0.0.1:{port}/";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Not rooted in the output folder: it need not exist until the first build has run.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Url);
        var app = builder.Build();
        var files = _files;
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".xml"] = "application/xml; charset=utf-8";
        contentTypes.Mappings[".txt"] = "text/plain; charset=utf-8";
        contentTypes.Mappings[".json"] = "application/json; charset=utf-8";
        contentTypes.Mappings[".map"] = "text/plain; charset=utf-8";
        // Pagefind's bundle, for authors who index the output with it (the search benchmark compares against it).
        foreach (var pagefind in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
        {
            contentTypes.Mappings[pagefind] = "application/octet-stream";
        }

        // Plain middleware rather than mapped endpoints: endpoints would run after the 404 fallback below.
        app.Use(async (context, next) =>
        {
            switch (context.Request.Path.Value)
            {
                case LiveReloadScript.Path:
                    context.Response.ContentType = "text/javascript; charset=utf-8";
                    await context.Response.WriteAsync(LiveReloadScript.Source, context.RequestAborted).ConfigureAwait(false);
                    return;
                case LiveReloadScript.EventsPath:
                    await StreamEventsAsync(context).ConfigureAwait(false);
                    return;
                default:
                    await next().ConfigureAwait(false);
                    return;
            }
        });
        var edited = _edited;
        app.Use((context, next) => ServeHtmlAsync(context, files, edited, next));
        app.Use((context, next) => ServePrecompressedAsync(context, files, contentTypes, next));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = contentTypes, ServeUnknownFileTypes = false });
        app.Run(context => ServeNotFoundAsync(context, files));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PreviewPortException(PortProblems.CannotListen(port, exception));
        }

        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _files.Dispose();
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var (messages, registration) = hub.Connect();
        using (registration)
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
            if (hub.Current is { } current)
            {
                await context.Response.WriteAsync(current, context.RequestAborted).ConfigureAwait(false);
            }

            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                await foreach (var message in messages.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
                {
                    await context.Response.WriteAsync(message, context.RequestAborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The tab closed.
            }
        }
    }

    private static async Task ServeHtmlAsync(HttpContext context, IFileProvider files, EditedPageOverlay edited, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "/";
        var candidate = path.EndsWith('/') ? path + "index.html" : path;
        if (edited.Find(candidate.TrimStart('/')) is { } ahead)
        {
            await WriteHtmlAsync(context, Encoding.UTF8.GetString(ahead), StatusCodes.Status200OK).ConfigureAwait(false);
            return;
        }

        if (!candidate.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            if (files.GetFileInfo(path + "/index.html") is { Exists: true })
            {
                context.Response.Redirect(path + "/"); // folder without its slash, as static servers do
                return;
            }

            await next().ConfigureAwait(false);
            return;
        }

        var file = files.GetFileInfo(candidate);
        if (!file.Exists || file.IsDirectory)
        {
            await next().ConfigureAwait(false);
            return;
        }

        await WriteHtmlAsync(context, file, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task ServePrecompressedAsync(HttpContext context, IFileProvider files, FileExtensionContentTypeProvider contentTypes, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || !contentTypes.TryGetContentType(path, out var contentType)
            || PrecompressedSibling.Choose(files, path, context.Request.Headers.AcceptEncoding) is not { } sibling)
        {
            await next().ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.Headers.ContentEncoding = sibling.Encoding;
        context.Response.Headers.Vary = "Accept-Encoding";
        context.Response.ContentLength = sibling.File.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await context.Response.SendFileAsync(sibling.File, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ServeNotFoundAsync(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path.Value ?? "/";
        var language = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var notFound = new[] { $"/{language}/404.html", "/404.html" }.Select(files.GetFileInfo).FirstOrDefault(f => f.Exists);
        if (notFound is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("Not found", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await WriteHtmlAsync(context, notFound, StatusCodes.Status404NotFound).ConfigureAwait(false);
    }

    private static async Task WriteHtmlAsync(HttpContext context, IFileInfo file, int status)
    {
        string html;
        await using (var stream = file.CreateReadStream())
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            html = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        await WriteHtmlAsync(context, html, status).ConfigureAwait(false);
    }

    private static async Task WriteHtmlAsync(HttpContext context, string html, int status)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = end >= 0 ? html.Insert(end, LiveReloadScript.Tag) : html + LiveReloadScript.Tag;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
    }
}
