using System.Net.Sockets;
using System.Text;

namespace CreditPlatform.IntegrationTests.Infrastructure;

/// <summary>Where the test run's PostgreSQL comes from, in the order <see cref="TestDatabaseSources.Select"/> tries them.</summary>
public enum TestDatabaseSource
{
    /// <summary>CREDITPLATFORM_TEST_CITUS=1: a Citus coordinator with two workers started from the machine's binaries.</summary>
    Citus,

    /// <summary>CREDITPLATFORM_TEST_DB: the server that owner connection string names.</summary>
    Given,

    /// <summary>A Docker engine answers: a throwaway postgres:15 container (Testcontainers.PostgreSql), as on GitHub.</summary>
    Container,

    /// <summary>No Docker engine: a throwaway cluster from the machine's PostgreSQL binaries (LocalCluster).</summary>
    LocalCluster,
}

public static class TestDatabaseSources
{
    /// <summary>The explicit choice: Citus if asked, a given server if named, a container if Docker answers, else the local cluster.</summary>
    public static TestDatabaseSource Select(bool citusRequested, string? givenServer, Func<bool> dockerReachable) =>
        citusRequested ? TestDatabaseSource.Citus
        : !string.IsNullOrWhiteSpace(givenServer) ? TestDatabaseSource.Given
        : dockerReachable() ? TestDatabaseSource.Container
        : TestDatabaseSource.LocalCluster;
}

/// <summary>
/// Whether a Docker engine answers its API: <c>DOCKER_HOST</c> (unix:// or tcp://) or the default socket
/// /var/run/docker.sock, asked <c>GET /_ping</c> (the engine answers "OK"). A missing socket or a refused or silent
/// endpoint is "no Docker"; nothing here throws.
/// </summary>
public static class DockerEngine
{
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    public static bool IsReachable() => IsReachable(Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? host : DefaultSocket);

    public static bool IsReachable(string endpoint)
    {
        try
        {
            var uri = new Uri(endpoint);
            using var socket = uri.Scheme switch
            {
                "unix" => new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified),
                "tcp" => new Socket(SocketType.Stream, ProtocolType.Tcp),
                _ => null,
            };
            if (socket is null || (uri.Scheme == "unix" && !File.Exists(uri.AbsolutePath)))
            {
                return false;
            }

            socket.ReceiveTimeout = 2000;
            socket.SendTimeout = 2000;
            if (uri.Scheme == "unix")
            {
                socket.Connect(new UnixDomainSocketEndPoint(uri.AbsolutePath));
            }
            else if (!socket.ConnectAsync(uri.Host, uri.Port).Wait(TimeSpan.FromSeconds(2)))
            {
                return false;
            }

            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[512];
            var read = socket.Receive(buffer);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or UriFormatException or AggregateException or ObjectDisposedException)
        {
            return false;
        }
    }
}
