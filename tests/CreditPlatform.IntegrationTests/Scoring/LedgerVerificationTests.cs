using CreditPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>The hash chain shows an edit made behind the application's back.</summary>
public sealed class LedgerVerificationTests(HostFixture host) : IClassFixture<HostFixture>
{
    internal static async Task<System.Text.Json.JsonElement> VerifyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/tenants/rongcheng/ledger/verification");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    private async Task<int> ExecuteAsOwnerAsync(string sql, params object[] args)
    {
        await using var owner = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, owner);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        return await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task VerifyLedger_WhenUntouched_IsValidAndCountsEveryEntry()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "HEROIC_ACT", DateTimeOffset.UtcNow.AddDays(-2));
        await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", DateTimeOffset.UtcNow.AddDays(-1));

        var result = await VerifyAsync(client);

        result.GetProperty("valid").GetBoolean().ShouldBeTrue();
        result.GetProperty("entries").GetInt64().ShouldBeGreaterThanOrEqualTo(2);
        result.GetProperty("firstBrokenSequence").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task VerifyLedger_WhenRowAlteredWithRawSql_ReportsItAsTheFirstBrokenSequence()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        var target = (await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", DateTimeOffset.UtcNow.AddDays(-2))).GetProperty("entries")[0].GetProperty("id").GetGuid();
        await client.RecordAsync(subject, "HEROIC_ACT", DateTimeOffset.UtcNow.AddDays(-1));
        var sequence = (await client.LedgerAsync(subject)).EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() == target).GetProperty("sequence").GetInt64();
        (await VerifyAsync(client)).GetProperty("valid").GetBoolean().ShouldBeTrue();

        (await ExecuteAsOwnerAsync("UPDATE ledger_entries SET points = 0 WHERE id = $1", target)).ShouldBe(1);
        try
        {
            var result = await VerifyAsync(client);

            result.GetProperty("valid").GetBoolean().ShouldBeFalse();
            result.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(sequence);
        }
        finally
        {
            await ExecuteAsOwnerAsync("UPDATE ledger_entries SET points = -5 WHERE id = $1", target);
        }
    }
}
