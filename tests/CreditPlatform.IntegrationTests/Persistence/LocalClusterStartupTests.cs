using System.Net;
using System.Net.Sockets;
using CreditPlatform.DevCluster;
using CreditPlatform.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CreditPlatform.IntegrationTests.Persistence;

/// <summary>
/// The local cluster is development-only: with no connection string it starts in Development or when asked, and
/// elsewhere start-up stops with one sentence; a port another process holds moves it to the next free one.
/// </summary>
public sealed class LocalClusterStartupTests
{
    [Fact]
    public async Task UseLocalClusterIfUnconfigured_WhenProductionWithoutConnectionString_StopsWithOneSentence()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["ConnectionStrings:Default"] = "";

        var refused = await Should.ThrowAsync<LocalClusterException>(() => DatabaseStartup.UseLocalClusterIfUnconfiguredAsync(builder));

        refused.Message.ShouldBe(DatabaseStartup.NotConfiguredMessage);
        refused.Message.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Testing", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", "false", false)]
    public void LocalClusterAllowed_ByEnvironmentAndSetting_IsDevelopmentOnlyUnlessAsked(string environment, string? enabled, bool allowed)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["LocalCluster:Enabled"] = enabled;

        DatabaseStartup.LocalClusterAllowed(builder.Configuration, builder.Environment).ShouldBe(allowed);
    }

    [Fact]
    public void FirstFree_WhenThePortIsTaken_ReturnsTheNextFreeOne()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var taken = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var chosen = LocalPorts.FirstFree(taken);

        chosen.ShouldNotBe(taken);
        chosen.ShouldBeGreaterThan(taken);
        LocalPorts.IsTaken(chosen).ShouldBeFalse();
    }

    [Fact]
    public void FirstFree_WhenEveryTriedPortIsTaken_SaysSoInOneSentence()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var taken = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var refused = Should.Throw<LocalClusterException>(() => LocalPorts.FirstFree(taken, tries: 1));

        refused.Message.ShouldContain(taken.ToString(System.Globalization.CultureInfo.InvariantCulture));
        refused.Message.ShouldNotContain("\n");
    }
}
