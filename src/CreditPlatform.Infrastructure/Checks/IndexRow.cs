using CreditPlatform.Domain.Lists;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>One row of the list_index_entries function (migration 0003): an entry with its list.</summary>
internal sealed record IndexRow(
    Guid Id,
    Guid TenantId,
    string Authority,
    Guid ListId,
    string ListCode,
    ListKind ListKind,
    ListScope ListScope,
    byte[] IdentifierHash,
    EntryStatus Status,
    LinkRole? Role,
    string[] Measures,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Every active entry of every jurisdiction (ids null), or the current state of the named entries.</summary>
    public static async IAsyncEnumerable<IndexRow> ReadAsync(
        NpgsqlConnection connection, Guid[]? ids, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, tenant_id, authority, list_id, list_code, list_kind, list_scope, identifier_hash, status, link_role, measures, listed_at, expires_at FROM list_index_entries($1)",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)ids ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new IndexRow(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetGuid(3),
                reader.GetString(4),
                Enum.Parse<ListKind>(reader.GetString(5)),
                Enum.Parse<ListScope>(reader.GetString(6)),
                reader.GetFieldValue<byte[]>(7),
                Enum.Parse<EntryStatus>(reader.GetString(8)),
                reader.IsDBNull(9) ? null : Enum.Parse<LinkRole>(reader.GetString(9)),
                reader.GetFieldValue<string[]>(10),
                reader.GetFieldValue<DateTimeOffset>(11),
                reader.GetFieldValue<DateTimeOffset>(12));
        }
    }
}
