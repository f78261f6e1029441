using System.Net;
using System.Net.Sockets;

namespace CreditPlatform.DevCluster;

/// <summary>A start-up problem of the local cluster, said in one sentence for the console (no stack trace).</summary>
public sealed class LocalClusterException(string message) : Exception(message);

/// <summary>Loopback ports for the local cluster: the configured one, or the next free one when another process holds it.</summary>
public static class LocalPorts
{
    /// <summary>How many ports after the configured one are tried.</summary>
    public const int Tries = 10;

    public static bool IsTaken(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    /// <summary>
    /// <paramref name="preferred"/> if it is free, else the first free one of the next <paramref name="tries"/> - 1
    /// (a second clone running its own cluster holds the default); none free is a <see cref="LocalClusterException"/>.
    /// </summary>
    public static int FirstFree(int preferred, int tries = Tries)
    {
        for (var port = preferred; port < preferred + tries && port <= IPEndPoint.MaxPort; port++)
        {
            if (!IsTaken(port))
            {
                return port;
            }
        }

        throw new LocalClusterException(
            $"Ports {preferred}-{preferred + tries - 1} are all taken, so the local PostgreSQL cannot start: free one, set LocalPostgres__Port to another, or set ConnectionStrings__Default to an existing server.");
    }
}
