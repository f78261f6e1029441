using System.Globalization;
using System.Text.Json;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>
/// Deduction notices made after the entries' commit instead of inside the batch's transaction: the writer queues one
/// outbox message per append naming its range of the ledger's sequence, and the outbox's worker makes the notices
/// (and their own delivery messages) from those entries. The worker runs this in the transaction that marks the
/// message delivered, so the notices are made at least once and, committed together with that mark, never twice; a
/// unique index on (tenant, entry) for deduction notices keeps a repeat from making a second one all the same.
/// The text is built by <see cref="Notices.ForDeduction"/>, as every other notice is; the range is read in one
/// statement and its notices and their delivery messages written in one statement each, whatever its size.
/// </summary>
public sealed class DeductionNotices(AppDbContext db) : IOutboxTransport
{
    public const string Destination = "notices:deductions";

    internal const string Queue = $"""
        INSERT INTO outbox_messages (tenant_id, id, topic, payload, destination, attempts, next_attempt_at, created_at)
        VALUES ($1, $2, 'deduction-notices', $3::jsonb, '{Destination}', 0, $4, $4)
        """;

    // Reversals and positive adjustments are not negative acts and get none; a deduction a cap took to zero does. The
    // appeal window is the scheme's in force (15 days when it sets none).
    private const string ReadRange = """
        SELECT e.subject_id, e.id, e.rule_code, r.title_zh, r.title_en, coalesce(r.legal_basis, ''), e.points, e.raw_points, e.recorded_at,
               coalesce((SELECT (definition ->> 'AppealWindowDays')::integer FROM scoring_schemes
                         WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1), $4) AS window_days
        FROM ledger_entries e
        LEFT JOIN scoring_rules r ON r.tenant_id = e.tenant_id AND r.code = e.rule_code AND r.version = e.rule_version
        WHERE e.tenant_id = $1 AND e.sequence BETWEEN $2 AND $3 AND (e.points < 0 OR e.raw_points < 0) AND e.reverses_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM notifications n
                          WHERE n.tenant_id = e.tenant_id AND n.ledger_entry_id = e.id AND n.kind = 'Deduction')
        """;

    // The closing RETURNINGs are for Citus: an INSERT … SELECT without one reaches the shards as COPY, which row-level
    // security refuses.
    private const string InsertNotices = """
        INSERT INTO notifications (tenant_id, id, subject_id, kind, ledger_entry_id, text_zh, text_en, legal_basis, appeal_deadline, created_at)
        SELECT $1, n.id, n.subject_id, 'Deduction', n.entry_id, n.text_zh, n.text_en, n.legal_basis, n.deadline, n.created_at
        FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[])
             AS n(id, subject_id, entry_id, text_zh, text_en, legal_basis, deadline, created_at)
        ON CONFLICT (tenant_id, ledger_entry_id) WHERE kind = 'Deduction' DO NOTHING
        RETURNING id
        """;

    private const string InsertDeliveries = """
        INSERT INTO outbox_messages (tenant_id, id, topic, payload, destination, attempts, next_attempt_at, created_at)
        SELECT $1, m.id, m.topic, m.payload::jsonb, m.destination, 0, m.at, m.at
        FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS m(id, topic, payload, destination, at)
        RETURNING 1
        """;

    internal static string Payload(long fromSequence, long toSequence) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"fromSequence":{{fromSequence}},"toSequence":{{toSequence}}}""");

    public bool Handles(string destination) => string.Equals(destination, Destination, StringComparison.Ordinal);

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        if (!payload.RootElement.TryGetProperty("fromSequence", out var from) || !from.TryGetInt64(out var first)
            || !payload.RootElement.TryGetProperty("toSequence", out var to) || !to.TryGetInt64(out var last))
        {
            throw new UndeliverableException("The message names no range of the ledger.");
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Deduction notices are made in the transaction that marks their message delivered.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var notices = await ReadAsync(connection, message.TenantId, first, last, cancellationToken);
        if (notices.Count > 0)
        {
            await WriteAsync(connection, message.TenantId, notices, cancellationToken);
        }
    }

    private static async Task<List<Notification>> ReadAsync(NpgsqlConnection connection, Guid tenantId, long first, long last, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ReadRange, connection)
        {
            Parameters =
            {
                new() { Value = tenantId }, new() { Value = first }, new() { Value = last }, new() { Value = AppealWindow.DefaultDays },
            },
        };
        var notices = new List<Notification>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var deduction = new RecordedDeduction(
                tenantId, reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetFieldValue<DateTimeOffset>(8));
            notices.Add(Notices.ForDeduction(deduction, reader.GetInt32(9)));
        }

        return notices;
    }

    private static async Task WriteAsync(NpgsqlConnection connection, Guid tenantId, List<Notification> notices, CancellationToken ct)
    {
        var inserted = new HashSet<Guid>(notices.Count);
        await using (var command = new NpgsqlCommand(InsertNotices, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            Add(command, notices.Select(n => n.Id).ToArray(), NpgsqlDbType.Uuid);
            Add(command, notices.Select(n => n.SubjectId!.Value).ToArray(), NpgsqlDbType.Uuid);
            Add(command, notices.Select(n => n.LedgerEntryId!.Value).ToArray(), NpgsqlDbType.Uuid);
            Add(command, notices.Select(n => n.TextZh).ToArray(), NpgsqlDbType.Text);
            Add(command, notices.Select(n => n.TextEn).ToArray(), NpgsqlDbType.Text);
            Add(command, notices.Select(n => n.LegalBasis).ToArray(), NpgsqlDbType.Text);
            Add(command, notices.Select(n => n.AppealDeadline!.Value).ToArray(), NpgsqlDbType.TimestampTz);
            Add(command, notices.Select(n => n.CreatedAt).ToArray(), NpgsqlDbType.TimestampTz);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                inserted.Add(reader.GetGuid(0));
            }
        }

        // A notice another pass made meanwhile is not delivered twice: only those this statement inserted are queued.
        var deliveries = notices.Where(n => inserted.Contains(n.Id)).Select(Notices.DeliveryOf).ToList();
        if (deliveries.Count == 0)
        {
            return;
        }

        await using var queue = new NpgsqlCommand(InsertDeliveries, connection);
        queue.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        Add(queue, deliveries.Select(d => d.Id).ToArray(), NpgsqlDbType.Uuid);
        Add(queue, deliveries.Select(d => d.Topic).ToArray(), NpgsqlDbType.Text);
        Add(queue, deliveries.Select(d => d.Payload).ToArray(), NpgsqlDbType.Text);
        Add(queue, deliveries.Select(d => d.Destination).ToArray(), NpgsqlDbType.Text);
        Add(queue, deliveries.Select(d => d.NextAttemptAt).ToArray(), NpgsqlDbType.TimestampTz);
        await using var done = await queue.ExecuteReaderAsync(ct);
        while (await done.ReadAsync(ct))
        {
        }
    }

    private static void Add<T>(NpgsqlCommand command, T[] values, NpgsqlDbType type) =>
        command.Parameters.Add(new NpgsqlParameter { Value = values, NpgsqlDbType = NpgsqlDbType.Array | type });
}
