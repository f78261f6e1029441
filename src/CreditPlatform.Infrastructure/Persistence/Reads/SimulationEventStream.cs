using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using CreditPlatform.Application.Simulations;
using CreditPlatform.Domain.Simulations;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>
/// Streams a period's events ordered by subject then time, straight from a data reader (no change tracking, no
/// materialised list), and hands them over one subject at a time, so a million events cost one subject's memory.
/// Events whose ledger entry was reversed are left out, as the score leaves them out.
/// </summary>
public sealed class SimulationEventStream(AppDbContext db) : ISimulationEvents
{
    private const string Sql = """
        SELECT e.subject_id, s.kind, e.rule_code, e.rule_version, e.occurred_at, e.quantity, e.document_number, e.department
        FROM credit_events e
        JOIN subjects s ON s.tenant_id = e.tenant_id AND s.id = e.subject_id
        WHERE e.tenant_id = @tenant AND e.occurred_at >= @from AND e.occurred_at < @to
          AND NOT EXISTS (
              SELECT 1 FROM ledger_entries l JOIN ledger_entries r ON r.tenant_id = l.tenant_id AND r.reverses_id = l.id
              WHERE l.tenant_id = e.tenant_id AND l.event_id = e.id)
        ORDER BY e.subject_id, e.occurred_at, e.id
        """;

    public async IAsyncEnumerable<List<SimulatedEvent>> BySubjectAsync(
        Guid tenantId, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            // A read in a transaction of its own when the caller has none: on Citus the tenant reaches the shards only that way.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await using var command = connection.CreateCommand();
            command.Transaction = transaction?.GetDbTransaction();
            command.CommandText = Sql;
            command.CommandTimeout = 300;
            Add(command, "tenant", tenantId);
            Add(command, "from", from);
            Add(command, "to", to);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);

            var batch = new List<SimulatedEvent>();
            var kinds = new Dictionary<string, SubjectKind>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                var subjectId = reader.GetGuid(0);
                var kindText = reader.GetString(1);
                if (!kinds.TryGetValue(kindText, out var kind))
                {
                    kind = Enum.Parse<SubjectKind>(kindText);
                    kinds[kindText] = kind;
                }

                var e = new SimulatedEvent(
                    subjectId,
                    kind,
                    reader.GetString(2),
                    reader.GetInt32(3),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    await reader.IsDBNullAsync(5, ct) ? null : reader.GetDecimal(5),
                    await reader.IsDBNullAsync(6, ct) ? null : reader.GetString(6),
                    await reader.IsDBNullAsync(7, ct) ? null : reader.GetString(7));
                if (batch.Count > 0 && batch[0].SubjectId != subjectId)
                {
                    yield return batch;
                    batch = [];
                }

                batch.Add(e);
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
