using CreditPlatform.Infrastructure.Jobs;
using CreditPlatform.Infrastructure.Scoring;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>A host on a fixed clock with the snapshot job off, so the tests decide when snapshots are taken.</summary>
public sealed class SnapshotHost : IAsyncLifetime
{
    private CreditPlatformFactory? _factory;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 15, 4, 0, 0, TimeSpan.Zero));

    public CreditPlatformFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartAsync(
        new Dictionary<string, string?> { ["Scoring:Snapshots:Enabled"] = "false" },
        services => services.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>Month-end snapshots for boards and trends.</summary>
public sealed class SnapshotTests(SnapshotHost host) : IClassFixture<SnapshotHost>
{
    private static readonly DateOnly April = new(2025, 4, 1);

    private CreditPlatformFactory Factory => host.Factory;

    private Task<int> SnapshotAsync(DateOnly month) => Factory.Services.GetRequiredService<JobRunner>().RunOnceAsync(ScoreSnapshotter.JobName, ScoreSnapshotter.AsOfSnapshotting(month));

    private async Task<long> RowsAsync(Guid subject)
    {
        await using var owner = Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM score_snapshots WHERE subject_id = $1", owner) { Parameters = { new() { Value = subject } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task SnapshotAsync_WhenMonthEnded_TrendShowsTheMonthEndScore()
    {
        using var client = Factory.ApiClient();
        var subject = await client.EnrolAsync("majia");
        await client.RecordAsync(subject, "CLEAN_YARD", new DateTimeOffset(2025, 4, 10, 9, 0, 0, TimeSpan.FromHours(8)), tenant: "majia");
        await client.RecordAsync(subject, "LITTERING", new DateTimeOffset(2025, 5, 2, 9, 0, 0, TimeSpan.FromHours(8)), tenant: "majia");

        await SnapshotAsync(April);

        using var response = await client.GetAsync($"/api/v1/tenants/majia/subjects/{subject}/trend");
        var trend = await response.ReadJsonAsync();
        trend.GetArrayLength().ShouldBe(1);
        trend[0].GetProperty("month").GetString().ShouldBe("2025-04");
        trend[0].GetProperty("score").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task SnapshotAsync_WhenRunTwice_WritesEachSubjectMonthOnce()
    {
        using var client = Factory.ApiClient();
        var subject = await client.EnrolAsync("majia");
        await client.RecordAsync(subject, "LITTERING", new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)), tenant: "majia");
        var march = new DateOnly(2025, 3, 1);

        await SnapshotAsync(march);
        var again = await SnapshotAsync(march);

        again.ShouldBe(0);
        (await RowsAsync(subject)).ShouldBe(1);
    }

    [Fact]
    public void MonthJustEnded_WhenEarlyOnTheFirstInChina_IsThePreviousMonth() =>
        // 2025-07-01 00:30 in China is still June 30 in UTC.
        ScoreSnapshotter.MonthJustEnded(new DateTimeOffset(2025, 6, 30, 16, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2025, 6, 1));
}
