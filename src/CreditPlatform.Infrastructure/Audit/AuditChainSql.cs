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
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM audit_log WHERE tenant_id = $1),
                   b.sequence, b.problem
            FROM (SELECT 1) one
            LEFT JOIN audit_chain_first_break($1) b ON true
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var entries = reader.GetInt64(0);
        return reader.IsDBNull(1)
            ? new AuditChainVerification(entries, true, null, null)
            : new AuditChainVerification(entries, false, reader.GetInt64(1), reader.GetString(2));
    }
}
