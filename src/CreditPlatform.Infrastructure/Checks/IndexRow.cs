using CreditPlatform.Domain.Lists;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>One row of the list_index_entries function (migration 0003): an entry with its list, and whether it is under appeal (0061).</summary>
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
    DateTimeOffset ExpiresAt,
    bool Disputed = false)
{
    /// <summary>Every active entry of every jurisdiction (ids null), or the current state of the named entries.</summary>
    public static async IAsyncEnumerable<IndexRow> ReadAsync(
        NpgsqlConnection connection, Guid[]? ids, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT i.id, i.tenant_id, i.authority, i.list_id, i.list_code, i.list_kind, i.list_scope, i.identifier_hash, i.status,
                   i.link_role, i.measures, i.listed_at, i.expires_at, d.id IS NOT NULL
            FROM list_index_entries($1) i LEFT JOIN list_index_disputed($1) d ON d.id = i.id
            """,
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
                reader.GetFieldValue<DateTimeOffset>(12),
                reader.GetBoolean(13));
        }
    }
}
