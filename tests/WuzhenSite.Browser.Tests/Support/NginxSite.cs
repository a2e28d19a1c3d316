using System.Diagnostics;
using System.Net.Sockets;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>
/// A built site served by Debian's nginx as a production host serves it: files as they are on disk,
/// the build's <c>.gz</c> copies sent with <c>gzip_static</c> (Brotli is Debian's separate module, which the nginx recipe test loads),
/// pages gzipped on the fly, the site's 404 page, and long caching of the hashed photos. Unlike the preview server it adds no live-reload script and keeps no
/// connection open, so page-load audits see what readers get. One process in the foreground
/// (<c>daemon off</c>, <c>master_process off</c>): disposing ends exactly the nginx this started,
/// and no worker is left behind.
/// </summary>
public sealed class NginxSite : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly Process _nginx;
    private readonly string _prefix;

    private NginxSite(Process nginx, string prefix, string baseUrl)
    {
        _nginx = nginx;
        _prefix = prefix;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Serves <paramref name="output"/> on a free port of 127.0.0.1 and returns once nginx accepts connections.</summary>
    public static async Task<NginxSite> StartAsync(string output, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "wuzhen-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        var port = BrowserSite.FreePort();
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, Configuration(prefix, output, port));

        var start = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix, "-c", config, "-e", Path.Combine(prefix, "error.log"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var nginx = Process.Start(start) ?? throw new InvalidOperationException("nginx could not be started.");
        var site = new NginxSite(nginx, prefix, $"http://127.0.0.1:{port}");
        for (var attempt = 0; ; attempt++)
        {
            if (nginx.HasExited)
            {
                var errors = await nginx.StandardError.ReadToEndAsync(cancellationToken);
                await site.DisposeAsync();
                throw new InvalidOperationException($"nginx stopped with exit code {nginx.ExitCode}: {errors}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return site;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static string Configuration(string prefix, string output, int port) => $$"""
        # One process, as the user who started it; every path nginx writes is under {{prefix}}.
        master_process off;
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/error.log warn;
        events { worker_connections 256; }
        http {
          include /etc/nginx/mime.types;
          default_type application/octet-stream;
          access_log off;
          client_body_temp_path {{prefix}}/temp/body;
          proxy_temp_path {{prefix}}/temp/proxy;
          fastcgi_temp_path {{prefix}}/temp/fastcgi;
          uwsgi_temp_path {{prefix}}/temp/uwsgi;
          scgi_temp_path {{prefix}}/temp/scgi;
          sendfile on;
          charset utf-8;
          charset_types text/css application/javascript application/json application/xml text/plain;
          # As Debian's nginx.conf: pages (which the build does not precompress) gzipped as they are sent;
          # assets sent as the build's .gz copies.
          gzip on;
          gzip_static on;
          gzip_vary on;
          server {
            listen 127.0.0.1:{{port}};
            root {{output}};
            index index.html;
            error_page 404 /404.html;
            location /assets/img/ {
              add_header Cache-Control "public, max-age=31536000, immutable";
            }
          }
        }
        """;

    public async ValueTask DisposeAsync()
    {
        if (!_nginx.HasExited)
        {
            _nginx.Kill();
            await _nginx.WaitForExitAsync();
        }

        _nginx.Dispose();
        if (Directory.Exists(_prefix))
        {
            Directory.Delete(_prefix, recursive: true);
        }
    }
}
