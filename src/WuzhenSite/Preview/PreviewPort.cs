using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Cli.Preview;

/// <summary>The mistakes a preview's port can be: out of range, or not free. Usage errors (exit 2), named after <c>--port</c>.</summary>
internal static class PortProblems
{
    /// <summary>The error for a port no socket can have, or null for a good one.</summary>
    public static Diagnostic? OutOfRange(int port) => port is >= 1 and <= 65535
        ? null
        : Diagnostic.Error("--port", 0, 0, $"The port {port} is not a TCP port: ports run from 1 to 65535.",
            "Pass --port with a number from 1024 to 65535, e.g. --port 5080.", "port");

    /// <summary>The error for a port Kestrel could not listen on.</summary>
    public static Diagnostic CannotListen(int port, IOException exception)
    {
        var alternative = port < 65535 ? port + 1 : 5080;
        return InUse(exception)
            ? Diagnostic.Error("--port", 0, 0, $"The port {port} is already in use: another program (perhaps another preview) listens on 127.0.0.1:{port}.",
                $"Stop that program, or pass another port, e.g. --port {alternative}.", "port")
            : Diagnostic.Error("--port", 0, 0, $"The port {port} cannot be listened on: {exception.Message}",
                $"Pass another port, e.g. --port {alternative} (ports below 1024 need administrator rights).", "port");
    }

    private static bool InUse(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The preview cannot serve on the port it was given; the command prints the diagnostic and exits 2.</summary>
internal sealed class PreviewPortException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    /// <summary>What is wrong and how to fix it.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
