using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WuzhenSite.Tests.Shared;

/// <summary>
/// Debian's nginx serving a built site with the repository's documented configuration
/// (<c>deploy/nginx/wuzhen.conf</c>), changed only in its root folder and listen line: one
/// unprivileged process in the foreground on a free port of 127.0.0.1, every file it writes under
/// a temporary prefix. Disposing ends exactly the nginx this started and deletes the prefix.
/// The nginx recipe test checks that configuration; the Lighthouse tests audit pages served by
/// it, so both see the site as the documented production host serves it. Compiled into each test
/// project that uses it (tests/Shared).
/// </summary>
internal sealed class NginxServer : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    /// <summary>Debian's libnginx-mod-http-brotli-static, which the documented configuration needs for <c>brotli_static</c>.</summary>
    public const string BrotliStaticModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    /// <summary>The documented configuration, as it is in the repository.</summary>
    public static string DocumentedConfiguration { get; } = Path.Combine(FindRepositoryRoot(), "deploy", "nginx", "wuzhen.conf");

    private readonly Process _nginx;
    private readonly string _prefix;

    private NginxServer(Process nginx, string prefix, string baseUrl)
    {
        _nginx = nginx;
        _prefix = prefix;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>
    /// Skips the test when nginx or its Brotli module is not installed, or fails it in CI, where
    /// .ci/run installs both. Call before <see cref="StartAsync"/>.
    /// </summary>
    public static void Require()
    {
        var missing = new[] { NginxPath, BrotliStaticModule }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        const string install = "apt-get install -y nginx libnginx-mod-http-brotli-static";
        Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is not { Length: > 0 },
            $"This test serves the site with the documented nginx configuration and needs {string.Join(" and ", missing)}: run '{install}' to enable it.");
        Assert.Fail($"CI must install {string.Join(" and ", missing)}; .ci/run does it with '{install}'.");
    }

    /// <summary>The documented configuration with its root folder and listen line changed, and nothing else.</summary>
    public static string Configured(string documented, string output, int port)
    {
        const string root = "/srv/news";
        const string listen = "listen 80;";
        Assert.Contains(root, documented);
        Assert.Contains(listen, documented);
        return documented.Replace(root, output.TrimEnd('/'), StringComparison.Ordinal)
            .Replace(listen, $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
    }

    /// <summary>Serves <paramref name="output"/> and returns once nginx accepts connections.</summary>
    public static async Task<NginxServer> StartAsync(string output, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "wuzhen-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        var port = FreePort();
        var site = Path.Combine(prefix, "wuzhen.conf");
        File.WriteAllText(site, Configured(File.ReadAllText(DocumentedConfiguration), output, port));
        var main = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(main, MainConfiguration(prefix, site));

        var start = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix, "-c", main, "-e", Path.Combine(prefix, "error.log"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var nginx = Process.Start(start) ?? throw new InvalidOperationException("nginx could not be started.");
        var server = new NginxServer(nginx, prefix, $"http://127.0.0.1:{port}");
        for (var attempt = 0; ; attempt++)
        {
            if (nginx.HasExited)
            {
                var errors = await nginx.StandardError.ReadToEndAsync(cancellationToken);
                var log = File.Exists(Path.Combine(prefix, "error.log")) ? File.ReadAllText(Path.Combine(prefix, "error.log")) : "";
                await server.DisposeAsync();
                throw new InvalidOperationException($"nginx stopped with exit code {nginx.ExitCode}: {errors} {log}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return server;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    // What Debian's /etc/nginx/nginx.conf gives the site's file (the Brotli module, MIME types, an
    // http block), for one process as the user who started it, writing only under the prefix.
    private static string MainConfiguration(string prefix, string site) => $$"""
        load_module {{BrotliStaticModule}};
        master_process off;
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/error.log warn;
        events { worker_connections 64; }
        http {
          include /etc/nginx/mime.types;
          default_type application/octet-stream;
          access_log off;
          client_body_temp_path {{prefix}}/temp/body;
          proxy_temp_path {{prefix}}/temp/proxy;
          fastcgi_temp_path {{prefix}}/temp/fastcgi;
          uwsgi_temp_path {{prefix}}/temp/uwsgi;
          scgi_temp_path {{prefix}}/temp/scgi;
          include {{site}};
        }
        """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WuzhenSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("WuzhenSite.sln not found above " + AppContext.BaseDirectory);
    }

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
