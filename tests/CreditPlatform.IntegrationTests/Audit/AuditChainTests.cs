using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Audit;

/// <summary>The audit log is a hash chain per tenant: intact under concurrency, tampering detected.</summary>
/// <remarks>Runs again on Citus (the CI's Citus lane, Category=Citus).</remarks>
[Trait("Category", "Citus")]
public sealed class AuditChainTests
{
    /// <summary>
    /// The chain's length is counted: a scheduled job that finds work in the jurisdiction meanwhile (and is audited)
    /// would add a row of its own, so these hosts run no scheduler.
    /// </summary>
    private static readonly Dictionary<string, string?> WithoutScheduledJobs = new() { ["Scheduling:Enabled"] = "false" };

    [Fact]
    public async Task Verification_WhenNothingWasTouched_ReportsIntact()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(WithoutScheduledJobs);
        using var client = factory.ApiClient();
        await AuditTrail.EnrolAsync(client);
        await AuditTrail.EnrolAsync(client);

        var verdict = await AuditTrail.VerificationAsync(factory);

        verdict.GetProperty("intact").GetBoolean().ShouldBeTrue();
        verdict.GetProperty("entries").GetInt64().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Verification_WhenOwnerAltersARowWithRawSql_ReportsThatRow()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(WithoutScheduledJobs);
        using var client = factory.ApiClient();
        for (var i = 0; i < 3; i++)
        {
            await AuditTrail.EnrolAsync(client);
        }

        var tenant = await AuditTrail.TenantIdAsync(factory, "rongcheng");
        (await AuditTrail.AsOwnerAsync(factory, "UPDATE audit_log SET actor = 'someone-else' WHERE tenant_id = $1 AND sequence = 2", tenant)).ShouldBe(1);

        var verdict = await AuditTrail.VerificationAsync(factory);

        verdict.GetProperty("intact").GetBoolean().ShouldBeFalse();
        verdict.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Verification_WhenOwnerDeletesARow_ReportsTheGapAfterIt()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(WithoutScheduledJobs);
        using var client = factory.ApiClient();
        for (var i = 0; i < 3; i++)
        {
            await AuditTrail.EnrolAsync(client);
        }

        var tenant = await AuditTrail.TenantIdAsync(factory, "rongcheng");
        (await AuditTrail.AsOwnerAsync(factory, "DELETE FROM audit_log WHERE tenant_id = $1 AND sequence = 2", tenant)).ShouldBe(1);

        var verdict = await AuditTrail.VerificationAsync(factory);

        verdict.GetProperty("intact").GetBoolean().ShouldBeFalse();
        verdict.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task Chain_After20ConcurrentAuditedRequests_IsIntactAndGapless()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(WithoutScheduledJobs);
        using var client = factory.ApiClient();
        var before = (await AuditTrail.VerificationAsync(factory)).GetProperty("entries").GetInt64();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => AuditTrail.EnrolAsync(client)));

        var verdict = await AuditTrail.VerificationAsync(factory);
        verdict.GetProperty("intact").GetBoolean().ShouldBeTrue();
        verdict.GetProperty("entries").GetInt64().ShouldBe(before + 20);
    }

    [Fact]
    public async Task Chain_WhenTwoTenantsWriteAtOnce_KeepsSeparateChains()
    {
        await using var factory = await CreditPlatformFactory.StartAsync(WithoutScheduledJobs);
        using var client = factory.ApiClient();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => AuditTrail.EnrolAsync(client, i % 2 == 0 ? "rongcheng" : "spc")));

        (await AuditTrail.VerificationAsync(factory, "rongcheng")).GetProperty("intact").GetBoolean().ShouldBeTrue();
        (await AuditTrail.VerificationAsync(factory, "spc")).GetProperty("intact").GetBoolean().ShouldBeTrue();
    }
}
