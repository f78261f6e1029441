using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Jobs;
using CreditPlatform.Infrastructure.Persistence.Locking;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>
/// The scheduled job writing every subject's score at the end of the month just ended (by default hourly, so a month is
/// closed within the hour after it ends even if no instance was running at midnight), one tenant per pass. Safe to run
/// again and beside another pass: a tenant-month is taken under a transaction-scoped advisory lock, skipped once
/// written, and rows that exist already are left alone.
/// </summary>
public sealed class ScoreSnapshotter(TimeProvider clock, ILogger<ScoreSnapshotter> logger) : ITenantJob
{
    public const string JobName = "score-snapshots";

    public string Name => JobName;

    /// <summary>A moment at which <paramref name="month"/> is the month just ended: a pass as of it snapshots that month.</summary>
    public static DateTimeOffset AsOfSnapshotting(DateOnly month) =>
        new DateTimeOffset(month.AddMonths(1).ToDateTime(new TimeOnly(12, 0)), BoardOffset).ToUniversalTime();

    /// <summary>Boards close their months at midnight China Standard Time (no daylight saving).</summary>
    public static readonly TimeSpan BoardOffset = TimeSpan.FromHours(8);

    /// <summary>The month that has most recently ended at <paramref name="now"/>.</summary>
    public static DateOnly MonthJustEnded(DateTimeOffset now)
    {
        var local = now.ToOffset(BoardOffset);
        return new DateOnly(local.Year, local.Month, 1).AddMonths(-1);
    }

    /// <summary>The last moment of <paramref name="month"/> that the database can hold.</summary>
    public static DateTimeOffset EndOf(DateOnly month) =>
        Instants.Stored(new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), BoardOffset).AddTicks(-10));

    /// <returns>How many snapshot rows were written.</returns>
    public async Task<int> RunForTenantAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var month = MonthJustEnded(now);
        var tenantId = services.GetRequiredService<ITenantContext>().TenantId!.Value;
        var db = services.GetRequiredService<AppDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        if (!await TryLockAsync(connection, tenantId, month, ct) || await db.Set<ScoreSnapshot>().AnyAsync(s => s.Month == month, ct))
        {
            return 0;
        }

        var asOf = EndOf(month);
        var scheme = await db.Set<SchemeVersion>().AsNoTracking().Where(s => s.EffectiveFrom <= asOf).OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct)
            ?? await db.Set<SchemeVersion>().AsNoTracking().OrderBy(s => s.Version).FirstOrDefaultAsync(ct);
        if (scheme is null)
        {
            return 0;
        }

        var snapshots = await ComputeAsync(connection, tenantId, scheme, month, asOf, ct);
        await WriteAsync(connection, snapshots, ct);
        if (snapshots.Count > 0)
        {
            logger.LogInformation("Wrote {Snapshots} score snapshots for {Month}", snapshots.Count, month);
        }

        return snapshots.Count;
    }

    private static Task<bool> TryLockAsync(NpgsqlConnection connection, Guid tenantId, DateOnly month, CancellationToken ct) =>
        AdvisoryLocks.TryLockForTransactionAsync(connection, $"score-snapshots:{tenantId}:{month:yyyy-MM}", ct);

    /// <summary>
    /// Streams subjects with their counted entries in subject order and scores each as of the month's end. A subject
    /// enrolled later but with entries dated in the month (a tally typed in late) belongs on that month's board too.
    /// </summary>
    private async Task<List<ScoreSnapshot>> ComputeAsync(
        NpgsqlConnection connection, Guid tenantId, SchemeVersion scheme, DateOnly month, DateTimeOffset asOf, CancellationToken ct)
    {
        const string sql = """
            SELECT s.id, e.points, e.occurred_at, e.expires_at, e.band_override, e.band_override_until
            FROM subjects s
            LEFT JOIN ledger_entries e
              ON e.tenant_id = s.tenant_id AND e.subject_id = s.id AND e.reverses_id IS NULL AND e.occurred_at <= $2
             AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.tenant_id = $1 AND r.reverses_id = e.id)
            WHERE s.tenant_id = $1 AND (s.created_at <= $2 OR e.id IS NOT NULL)
            ORDER BY s.id
            """;
        var takenAt = Instants.Stored(clock.GetUtcNow());
        var snapshots = new List<ScoreSnapshot>();
        var lines = new List<LedgerLine>();
        Guid? current = null;
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = tenantId }, new() { Value = asOf } } };
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var subjectId = reader.GetGuid(0);
                if (current is { } previous && previous != subjectId)
                {
                    snapshots.Add(Snapshot(previous));
                    lines.Clear();
                }

                current = subjectId;
                if (!reader.IsDBNull(1))
                {
                    lines.Add(new LedgerLine(
                        reader.GetInt32(1),
                        reader.GetFieldValue<DateTimeOffset>(2),
                        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
                }
            }
        }

        if (current is { } last)
        {
            snapshots.Add(Snapshot(last));
        }

        return snapshots;

        ScoreSnapshot Snapshot(Guid subjectId)
        {
            var result = ScoreCalculator.Compute(scheme.Definition, lines, asOf);
            return new ScoreSnapshot
            {
                TenantId = tenantId,
                SubjectId = subjectId,
                Month = month,
                Score = result.Score,
                Band = result.Band,
                SchemeVersion = scheme.Version,
                TakenAt = takenAt,
            };
        }
    }

    private static async Task WriteAsync(NpgsqlConnection connection, List<ScoreSnapshot> snapshots, CancellationToken ct)
    {
        const string columns = "tenant_id, subject_id, month, score, band, scheme_version, taken_at";
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE staging_score_snapshots (LIKE score_snapshots) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var w = await connection.BeginBinaryImportAsync($"COPY staging_score_snapshots ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var s in snapshots)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(s.TenantId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(s.SubjectId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(s.Month, NpgsqlDbType.Date, ct);
                await w.WriteAsync(s.Score, NpgsqlDbType.Integer, ct);
                if (s.Band is null)
                {
                    await w.WriteNullAsync(ct);
                }
                else
                {
                    await w.WriteAsync(s.Band, NpgsqlDbType.Varchar, ct);
                }

                await w.WriteAsync(s.SchemeVersion, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(s.TakenAt, NpgsqlDbType.TimestampTz, ct);
            }

            await w.CompleteAsync(ct);
        }

        await using var insert = new NpgsqlCommand(
            $"INSERT INTO score_snapshots ({columns}) SELECT {columns} FROM staging_score_snapshots ON CONFLICT DO NOTHING", connection);
        await insert.ExecuteNonQueryAsync(ct);
    }
}
