using CreditPlatform.Infrastructure.Lists;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Jobs;

/// <summary>
/// Two instances of the application on one database are two nodes of one Quartz cluster: a firing of a scheduled job
/// is acquired by one node under the store's row lock and runs once, whichever node asked for it.
/// </summary>
public sealed class ScheduledJobClusterTests
{
    private const string Job = "appeal-escalation";

    [Fact]
    public async Task TriggerJob_WhenTwoInstancesShareTheDatabase_RunsTheFiringOnce()
    {
        // No periodic trigger for the job: the one firing is the test's.
        var settings = new Dictionary<string, string?> { ["DueProcess:Enabled"] = "false", ["Scoring:Snapshots:Enabled"] = "false" };
        await using var first = await CreditPlatformFactory.StartAsync(settings);
        await using var second = first.StartSibling();
        await Eventually.HoldsAsync(async () => await CountAsync(first, "SELECT count(*) FROM quartz.qrtz_scheduler_state") == 2,
            "both instances checked in to the cluster");

        var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(Job));

        // The one-off trigger is deleted once its firing has completed: after that nothing is left to fire.
        await Eventually.HoldsAsync(async () =>
            await CountAsync(first, $"SELECT count(*) FROM quartz.qrtz_triggers WHERE job_name = '{Job}'") == 0
            && await CountAsync(first, $"SELECT count(*) FROM quartz.qrtz_fired_triggers WHERE job_name = '{Job}'") == 0
            && await CountAsync(first, $"SELECT count(*) FROM quartz.qrtz_execution_history WHERE job_name = '{Job}'") >= 1,
            "the firing completed", TimeSpan.FromSeconds(60));

        (await CountAsync(first, $"SELECT count(*) FROM quartz.qrtz_execution_history WHERE job_name = '{Job}'")).ShouldBe(1);
        (await CountAsync(first, $"SELECT count(*) FROM job_runs WHERE job_name = '{Job}'")).ShouldBe(1);
    }

    [Fact]
    public async Task RunOnce_WhenEntriesExpire_AuditsThePassUnderTheJobsSystemActor()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await CreditPlatformFactory.StartWithClockAsync(clock);
        using var client = host.ApiClient();
        await Lists.ListsApi.ListAsync(client, "spc", "COURT_DEFAULTERS", TestIdentifiers.Person(), expiresAt: clock.GetUtcNow().AddDays(1));
        clock.Advance(TimeSpan.FromDays(2));

        (await host.Services.GetRequiredService<Application.Lists.IListExpiryJob>().RunOnceAsync()).ShouldBeGreaterThanOrEqualTo(1);

        (await CountAsync(host, $"SELECT count(*) FROM audit_log WHERE action = 'RunTenantJob' AND actor = '{ListExpiryJob.Actor}'"))
            .ShouldBeGreaterThanOrEqualTo(1);
    }

    private static async Task<long> CountAsync(CreditPlatformFactory host, string sql)
    {
        await using var connection = host.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
