using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Application.Common.Jobs.RunTenantJob;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CreditPlatform.Infrastructure.Jobs;

/// <summary>
/// A job whose work lies in few jurisdictions names them itself: SQL returning (tenant id, slug) with the pass's
/// moment as $1, instead of every jurisdiction.
/// </summary>
public interface IDueTenants
{
    string DueTenantsSql { get; }
}

/// <summary>
/// Runs one pass of a scheduled job (<see cref="ITenantJob"/>): through every jurisdiction, each in its own scope with
/// that tenant's context and the job's <see cref="SystemActor"/>, as a <see cref="RunTenantJob"/> command sent through
/// the mediator (validation, transaction, audit). One jurisdiction failing does not stop the others; the pass is
/// recorded in job_runs (last run, items handled, last error). What keeps a firing to one instance is Quartz's
/// clustered store (<see cref="ScheduledJob"/>); a pass run on demand beside it is safe, every job being idempotent.
/// </summary>
public sealed partial class JobRunner(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, IEnumerable<ITenantJob> jobs, TimeProvider clock, ILogger<JobRunner> logger)
{
    public IReadOnlyList<string> JobNames { get; } = [.. jobs.Select(j => j.Name)];

    /// <summary>Runs one pass of <paramref name="jobName"/> now, or as of <paramref name="asOf"/>; returns the items handled.</summary>
    public async Task<int> RunOnceAsync(string jobName, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        var job = jobs.SingleOrDefault(j => j.Name == jobName) ?? throw new InvalidOperationException($"No scheduled job is named {jobName}.");
        var now = asOf ?? clock.GetUtcNow();
        var total = 0;
        string? error = null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var (tenantId, slug) in await TenantsAsync(connection, job, now, cancellationToken))
        {
            try
            {
                int handled;
                do
                {
                    handled = await PassAsync(job, tenantId, slug, now, cancellationToken);
                    total += handled;
                }
                while (job.RunsUntilDone && handled > 0);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = $"{slug}: {e.GetType().Name}";
                PassFailed(logger, job.Name, slug, e.GetType().Name);
            }
        }

        await RecordAsync(connection, job.Name, clock.GetUtcNow(), total, error, cancellationToken);
        if (total > 0)
        {
            PassDone(logger, job.Name, total);
        }

        return total;
    }

    private async Task<int> PassAsync(ITenantJob job, Guid tenantId, string slug, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, slug);
        scope.ServiceProvider.GetRequiredService<ActingSystem>().Set(job.Name, tenantId);
        var pass = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunTenantJob(job.Name, now), ct);
        return pass.Handled;
    }

    private static async Task<List<(Guid Id, string Slug)>> TenantsAsync(NpgsqlConnection connection, ITenantJob job, DateTimeOffset now, CancellationToken ct)
    {
        var sql = job is IDueTenants due ? due.DueTenantsSql : "SELECT id, slug FROM tenants ORDER BY slug";
        await using var command = new NpgsqlCommand(sql, connection);
        if (job is IDueTenants)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = now });
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var tenants = new List<(Guid, string)>();
        while (await reader.ReadAsync(ct))
        {
            tenants.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return tenants;
    }

    private static async Task RecordAsync(NpgsqlConnection connection, string job, DateTimeOffset at, int items, string? error, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO job_runs (job_name, last_run_at, items_processed, last_error) VALUES ($1, $2, $3, $4)
            ON CONFLICT (job_name) DO UPDATE SET last_run_at = excluded.last_run_at, items_processed = excluded.items_processed, last_error = excluded.last_error
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = job });
        command.Parameters.Add(new NpgsqlParameter { Value = at });
        command.Parameters.Add(new NpgsqlParameter { Value = items });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} handled {Items} items")]
    private static partial void PassDone(ILogger logger, string job, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} failed in {Tenant} ({ExceptionType}); the next firing tries again")]
    private static partial void PassFailed(ILogger logger, string job, string tenant, string exceptionType);
}
