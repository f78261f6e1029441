using CreditPlatform.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CreditPlatform.Infrastructure.Appeals;

/// <summary>
/// Runs each due-process job on a timer. Across instances a PostgreSQL advisory lock per job lets one pass run at a
/// time (the others skip); each pass goes through every jurisdiction in its own scope, and records what it did in
/// job_runs so administrators see the last run, the items handled and the last error.
/// </summary>
public sealed partial class DueProcessJobRunner(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, IEnumerable<IDueProcessJob> jobs, TimeProvider clock,
    IOptions<DueProcessOptions> options, ILogger<DueProcessJobRunner> logger) : BackgroundService
{
    /// <summary>Runs one job now; returns the items handled, or null when another instance holds the job.</summary>
    public async Task<int?> RunOnceAsync(string jobName, CancellationToken cancellationToken = default)
    {
        var job = jobs.Single(j => j.Name == jobName);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = LockKey(job.Name);
        if (!await ScalarAsync<bool>(connection, "SELECT pg_try_advisory_lock($1)", key, cancellationToken))
        {
            return null;
        }

        var total = 0;
        string? error = null;
        try
        {
            var now = clock.GetUtcNow();
            foreach (var (tenantId, slug) in await TenantsAsync(connection, cancellationToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, slug);
                try
                {
                    total += await job.RunForTenantAsync(scope.ServiceProvider, now, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = $"{slug}: {e.GetType().Name}";
                    PassFailed(logger, job.Name, slug, e.GetType().Name);
                }
            }

            await RecordAsync(connection, job.Name, now, total, error, cancellationToken);
            PassDone(logger, job.Name, total);
            return total;
        }
        finally
        {
            await ScalarAsync<bool>(connection, "SELECT pg_advisory_unlock($1)", key, CancellationToken.None);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            do
            {
                foreach (var job in jobs)
                {
                    try
                    {
                        await RunOnceAsync(job.Name, stoppingToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        PassFailed(logger, job.Name, "*", e.GetType().Name);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>A stable 64-bit key per job name (string.GetHashCode differs between processes).</summary>
    private static long LockKey(string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("due-process:" + name));
        return BitConverter.ToInt64(hash, 0);
    }

    private static async Task<List<(Guid Id, string Slug)>> TenantsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT id, slug FROM tenants ORDER BY slug", connection);
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

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, long key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} handled {Items} items")]
    private static partial void PassDone(ILogger logger, string job, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} failed in {Tenant} ({ExceptionType}); the next pass tries again")]
    private static partial void PassFailed(ILogger logger, string job, string tenant, string exceptionType);
}

/// <summary>Configuration section "DueProcess".</summary>
public sealed class DueProcessOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many days before an appeal window closes the subject is reminded.</summary>
    public int AppealReminderDays { get; set; } = 3;
}
