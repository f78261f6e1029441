using Npgsql;

namespace CreditPlatform.Infrastructure.Audit;

/// <summary>
/// The operator's <c>verify-audit [--tenant slug]</c>: checks every tenant's chain (or one) over the
/// owner's connection, prints each result and the first broken link, and says whether all hold.
/// </summary>
public static class AuditChainCommand
{
    /// <summary>Platform-level entries (no jurisdiction) form their own chain under this id.</summary>
    private static readonly Guid Platform = Guid.Empty;

    public static async Task<bool> RunAsync(string ownerConnectionString, string? tenantSlug, TextWriter output, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);

        var chains = new List<(Guid Id, string Label)>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.tenant_id, coalesce(t.slug, 'platform')
            FROM (SELECT DISTINCT tenant_id FROM audit_log) c
            LEFT JOIN tenants t ON t.id = c.tenant_id
            WHERE $1::text IS NULL OR t.slug = $1 OR ($1 = 'platform' AND c.tenant_id = $2)
            ORDER BY 2
            """, connection))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = (object?)tenantSlug ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            list.Parameters.Add(new NpgsqlParameter { Value = Platform });
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                chains.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        if (tenantSlug is not null && chains.Count == 0)
        {
            await output.WriteLineAsync($"{tenantSlug}: no audit entries (or no such jurisdiction)");
            return true;
        }

        var intact = true;
        foreach (var (id, label) in chains)
        {
            var result = await AuditChainSql.VerifyAsync(connection, id, ct);
            if (result.Intact)
            {
                await output.WriteLineAsync($"{label}: ok ({result.Entries} entries)");
            }
            else
            {
                intact = false;
                await output.WriteLineAsync($"{label}: BROKEN at sequence {result.FirstBrokenSequence}: {result.Problem} ({result.Entries} entries)");
            }
        }

        await output.WriteLineAsync(intact ? "ok" : "audit chain broken");
        return intact;
    }
}
