using System.Globalization;
using System.Text.Json;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CreditPlatform.Infrastructure.Scoring;

/// <summary>
/// Deduction notices made after the entries' commit instead of inside the batch's transaction: the writer queues one
/// outbox message per append naming its range of the ledger's sequence, and the outbox's worker makes the notices
/// (and their own delivery messages) from those entries. The worker runs the statement in the transaction that marks
/// the message delivered, so the notices are made at least once and, committed together with that mark, never twice.
/// </summary>
public sealed class DeductionNotices(AppDbContext db) : IOutboxTransport
{
    public const string Destination = "notices:deductions";

    internal const string Queue = $"""
        INSERT INTO outbox_messages (tenant_id, id, topic, payload, destination, attempts, next_attempt_at, created_at)
        VALUES ($1, $2, 'deduction-notices', $3::jsonb, '{Destination}', 0, $4, $4)
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

        await using var command = new NpgsqlCommand(NotificationSql.NoticesForDeductions, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Parameters = { new() { Value = message.TenantId }, new() { Value = first }, new() { Value = last } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
