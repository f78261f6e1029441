using CreditPlatform.Application.Audit;
using Npgsql;

namespace CreditPlatform.Infrastructure.Audit;

/// <summary>
/// The one query that judges a chain (audit_chain_first_break, 0004_ChainAuditLog): the hashes are
/// recomputed by the same database function that wrote them, so writer and judge can't disagree
/// on formatting.
/// </summary>
internal static class AuditChainSql
{
    public static async Task<AuditChainVerification> VerifyAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken ct)
    {
        // Two statements, not one query joining the count to the function: Citus plans each on its own (the count goes
        // to the tenant's shard), and cannot plan the function joined to a distributed table.
        long entries;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE tenant_id = $1", connection))
        {
            count.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            entries = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        await using var command = new NpgsqlCommand("SELECT sequence, problem FROM audit_chain_first_break($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new AuditChainVerification(entries, false, reader.GetInt64(0), reader.GetString(1))
            : new AuditChainVerification(entries, true, null, null);
    }
}
