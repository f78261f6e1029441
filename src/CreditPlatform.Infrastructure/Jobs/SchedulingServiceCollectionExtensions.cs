using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Lists;
using CreditPlatform.Infrastructure.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CreditPlatform.Infrastructure.Jobs;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Quartz's tables (migration 0090), in their own schema.</summary>
    public const string TablePrefix = "quartz.qrtz_";

    /// <summary>
    /// Quartz with its ADO.NET store on the application's database, clustered, so a firing runs on one instance;
    /// every scheduled job as a durable Quartz job (<see cref="ScheduledJob"/>) with an interval trigger read from the
    /// job's own settings, which also say whether it is scheduled at all. <c>Scheduling:Enabled=false</c> keeps the
    /// scheduler from starting (the jobs still run on demand through <see cref="JobRunner"/>).
    /// </summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration, string appConnectionString)
    {
        services.AddSingleton<JobRunner>();
        var schedules = Schedules(configuration);
        // The scheduler's own small pool: a few connections at most (its check-ins and trigger claims are short), and
        // idle ones closed soon, so that instances started and stopped (tests, rolling deploys) do not pile up
        // connections on the server.
        var schedulerConnection = new Npgsql.NpgsqlConnectionStringBuilder(appConnectionString)
        {
            MaxPoolSize = 4,
            ConnectionIdleLifetime = 15,
            ConnectionPruningInterval = 5,
            ApplicationName = "creditplatform-scheduler",
        }.ConnectionString;
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 2);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(schedulerConnection);
                store.UseSystemTextJsonSerializer();
                store.UseClustering();
                store.UseExecutionHistory();
                store.ConfigureStore(options => options.TablePrefix = TablePrefix);
            });

            foreach (var (job, interval) in schedules)
            {
                q.AddJob<ScheduledJob>(j => j.WithIdentity(job).StoreDurably());
                if (interval is { } every)
                {
                    q.AddTrigger(t => t.ForJob(job).WithIdentity(job).StartNow().WithSimpleSchedule(every));
                }
            }
        });

        if (configuration.GetValue("Scheduling:Enabled", true))
        {
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary>Each scheduled job with its interval, or null when its settings turn its schedule off.</summary>
    public static IReadOnlyList<(string Job, TimeSpan? Interval)> Schedules(IConfiguration configuration)
    {
        var dueProcess = configuration.GetSection("DueProcess").Get<DueProcessOptions>() ?? new DueProcessOptions();
        var lists = configuration.GetSection("Lists").Get<ListsOptions>() ?? new ListsOptions();
        var snapshots = configuration.GetValue("Scoring:Snapshots:Enabled", true)
            ? TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Scoring:Snapshots:IntervalMinutes", 60)))
            : (TimeSpan?)null;
        TimeSpan? due = dueProcess.Enabled ? dueProcess.Interval : null;
        return
        [
            (NationalNoticeRelayJob.JobName, due),
            ("appeal-escalation", due),
            ("rectification", due),
            ("appeal-window-reminder", due),
            ("repair-eligibility", due),
            (ListExpiryJob.JobName, lists.ExpiryInterval),
            (ScoreSnapshotter.JobName, snapshots),
        ];
    }
}
