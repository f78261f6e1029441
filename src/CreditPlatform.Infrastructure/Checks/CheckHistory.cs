using CreditPlatform.Application.Portal;
using CreditPlatform.Application.Portal.GetMyChecks;
using Npgsql;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>The check log's one read (<c>checks_of_identifier</c>), one identifier hash at a time.</summary>
public sealed class CheckHistory(NpgsqlDataSource dataSource) : ICheckHistory
{
    public async Task<IReadOnlyList<CheckOfMe>> OfIdentifierAsync(byte[] identifierHash, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT at, organisation, key_name, measure, restricted FROM checks_of_identifier($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = identifierHash });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var checks = new List<CheckOfMe>();
        while (await reader.ReadAsync(ct))
        {
            var organisation = reader.IsDBNull(1) ? reader.IsDBNull(2) ? "" : reader.GetString(2) : reader.GetString(1);
            checks.Add(new CheckOfMe(
                reader.GetFieldValue<DateTimeOffset>(0), organisation, reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4)));
        }

        return checks;
    }
}
