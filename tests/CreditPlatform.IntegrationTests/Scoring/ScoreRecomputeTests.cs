using System.Net.Http.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>The set-based recompute arrives at the scores the recorder stored event by event.</summary>
public sealed class ScoreRecomputeTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task RecomputeAsync_WhenStoredScoreIsWrong_RestoresWhatTheLedgerSays()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3));
        await client.RecordAsync(subject, "TRAFFIC_RED_LIGHT", DateTimeOffset.UtcNow.AddDays(-2));
        var stored = await StoredAsync(subject);
        await ExecuteAsync("UPDATE scores SET score = 0, band = NULL, next_change_at = NULL WHERE subject_id = $1", subject);

        await RecomputeAsync();

        (await StoredAsync(subject)).ShouldBe(stored);
    }

    [Fact]
    public async Task RecomputeAsync_WhenBandOverriddenAndEntryReversed_MatchesTheRecorder()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();
        await client.RecordAsync(subject, "DRUNK_DRIVING", DateTimeOffset.UtcNow.AddDays(-5));
        var breach = await client.RecordAsync(subject, "CONTRACT_BREACH", DateTimeOffset.UtcNow.AddDays(-3));
        using (var reversal = await client.PostAsJsonAsync(
                   $"/api/v1/tenants/rongcheng/ledger/{breach.GetProperty("entries")[0].GetProperty("id").GetGuid()}/reversal",
                   new { reason = "Recorded against the wrong person." }))
        {
            reversal.EnsureSuccessStatusCode();
        }

        var stored = await StoredAsync(subject);
        await ExecuteAsync("UPDATE scores SET score = 0, band = 'AAA', next_change_at = NULL WHERE subject_id = $1", subject);

        await RecomputeAsync();

        (await StoredAsync(subject)).ShouldBe(stored);
    }

    [Fact]
    public async Task RecomputeAsync_WhenSubjectHasNoEntries_GivesTheBaseScore()
    {
        using var client = host.Factory.ApiClient();
        var subject = await client.EnrolAsync();

        await RecomputeAsync();

        (await StoredAsync(subject)).ShouldBe((1000, "A", (DateTimeOffset?)null));
    }

    private async Task RecomputeAsync()
    {
        var tenantId = await host.Factory.TenantIdAsync("rongcheng");
        using var scope = host.Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, "rongcheng");
        await scope.ServiceProvider.GetRequiredService<IScoreRecomputer>().RecomputeAsync(CancellationToken.None);
    }

    private async Task<(int Score, string? Band, DateTimeOffset? NextChange)> StoredAsync(Guid subject)
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT score, band, next_change_at FROM scores WHERE subject_id = $1", connection)
        {
            Parameters = { new() { Value = subject } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    private async Task ExecuteAsync(string sql, Guid subject)
    {
        await using var connection = host.Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = subject } } };
        await command.ExecuteNonQueryAsync();
    }
}
