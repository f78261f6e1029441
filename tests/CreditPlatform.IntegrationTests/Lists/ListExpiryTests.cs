using CreditPlatform.Application.Lists;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Lists;

[Trait("Category", "Citus")]
public sealed class ListExpiryTests(ClockHostFixture host) : IClassFixture<ClockHostFixture>
{
    private IListExpiryJob Job => host.Factory.Services.GetRequiredService<IListExpiryJob>();

    [Fact]
    public async Task RunOnce_WhenEntryPassedItsExpiry_RemovesItAsExpired()
    {
        using var client = host.Factory.ApiClient();
        var identifier = TestIdentifiers.Person();
        var created = await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", identifier, expiresAt: host.Clock.GetUtcNow().AddDays(10));
        var id = created.GetProperty("id").GetGuid();
        host.Clock.Advance(TimeSpan.FromDays(11));

        var expired = await Job.RunOnceAsync();

        expired.ShouldBeGreaterThanOrEqualTo(1);
        var entry = await ListsApi.GetEntryAsync(client, "spc", "COURT_DEFAULTERS", id);
        entry.GetProperty("status").GetString().ShouldBe("removed");
        entry.GetProperty("removalReason").GetString().ShouldBe("expired");
        (await ListsApi.IsRestrictedAsync(client, identifier)).ShouldBeFalse();
    }

    [Fact]
    public async Task RunOnce_WhenRunAgain_FindsNothingToExpire()
    {
        using var client = host.Factory.ApiClient();
        await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", TestIdentifiers.Person(), expiresAt: host.Clock.GetUtcNow().AddDays(5));
        host.Clock.Advance(TimeSpan.FromDays(6));
        await Job.RunOnceAsync();

        var second = await Job.RunOnceAsync();

        second.ShouldBe(0);
    }

    [Fact]
    public async Task RunOnce_WhenEntryNotYetExpired_LeavesItActive()
    {
        using var client = host.Factory.ApiClient();
        var created = await ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", TestIdentifiers.Person(), expiresAt: host.Clock.GetUtcNow().AddDays(30));

        await Job.RunOnceAsync();

        var entry = await ListsApi.GetEntryAsync(client, "spc", "COURT_DEFAULTERS", created.GetProperty("id").GetGuid());
        entry.GetProperty("status").GetString().ShouldBe("active");
    }
}
