using System.Text.Json;
using CreditPlatform.Application.Checks;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>Check answers read back from check_log through <c>check_decision</c> (migration 0061).</summary>
public sealed class CheckDecisions(NpgsqlDataSource dataSource) : ICheckDecisions
{
    public async Task<CheckDecision?> FindAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT at, actor, caller_tenant_id, index_generation, result, issuer_tenant_ids FROM check_decision($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = decisionId, NpgsqlDbType = NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        CheckDecision? decision = null;
        var results = new List<JsonElement>();
        var issuers = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            decision ??= new CheckDecision(decisionId, reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.IsDBNull(3) ? 0 : reader.GetInt64(3), results, []);
            if (!reader.IsDBNull(4))
            {
                using var json = JsonDocument.Parse(reader.GetString(4));
                results.Add(json.RootElement.Clone());
            }

            issuers.UnionWith(reader.GetFieldValue<Guid[]>(5));
        }

        return decision is null ? null : decision with { IssuerTenantIds = [.. issuers] };
    }
}
