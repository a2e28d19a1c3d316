using System.Net;
using System.Net.Sockets;

namespace WuzhenSite.Cli.Tests.Support;

/// <summary>A free TCP port on the loopback interface.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
