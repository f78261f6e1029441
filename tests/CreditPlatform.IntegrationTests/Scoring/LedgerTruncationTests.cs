using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>Cutting entries off the end leaves every remaining link intact; the chain head still tells.</summary>
public sealed class LedgerTruncationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task VerifyLedger_WhenLastEntryDeletedWithRawSql_ReportsTheMissingSequence()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "HEROIC_ACT", DateTimeOffset.UtcNow.AddDays(-1));
        var last = (await client.LedgerAsync(subject))[0].GetProperty("sequence").GetInt64();
        await using (var owner = host.Factory.OpenOwnerConnection())
        await using (var delete = new NpgsqlCommand("DELETE FROM ledger_entries WHERE subject_id = $1", owner) { Parameters = { new() { Value = subject } } })
        {
            (await delete.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var result = await LedgerVerificationTests.VerifyAsync(client);

        result.GetProperty("valid").GetBoolean().ShouldBeFalse();
        result.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(last);
    }
}
