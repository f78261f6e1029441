using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Persistence;

/// <summary>Which PostgreSQL the test run gets: a container when a Docker engine answers, the local cluster otherwise.</summary>
public sealed class TestDatabaseSourceTests
{
    [Fact]
    public void Select_WhenNoDockerEngineAnswers_FallsBackToTheLocalCluster() =>
        TestDatabaseSources.Select(citusRequested: false, givenServer: null, dockerReachable: () => false)
            .ShouldBe(TestDatabaseSource.LocalCluster);

    [Fact]
    public void Select_WhenADockerEngineAnswers_UsesAContainer() =>
        TestDatabaseSources.Select(citusRequested: false, givenServer: "", dockerReachable: () => true)
            .ShouldBe(TestDatabaseSource.Container);

    [Fact]
    public void Select_WhenAServerIsGiven_UsesItWithoutAskingDocker() =>
        TestDatabaseSources.Select(false, "Host=db;Username=owner", () => throw new InvalidOperationException("Docker asked"))
            .ShouldBe(TestDatabaseSource.Given);

    [Fact]
    public void Select_WhenCitusIsRequested_UsesTheCitusCluster() =>
        TestDatabaseSources.Select(true, "Host=db", () => true).ShouldBe(TestDatabaseSource.Citus);

    [Fact]
    public void IsReachable_WhenTheSocketDoesNotExist_IsFalse() =>
        DockerEngine.IsReachable($"unix:///tmp/no-docker-{Guid.NewGuid():N}.sock").ShouldBeFalse();

    [Fact]
    public void IsReachable_WhenNothingListensOnTheTcpEndpoint_IsFalse()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        DockerEngine.IsReachable($"tcp://127.0.0.1:{port}").ShouldBeFalse();
    }
}
