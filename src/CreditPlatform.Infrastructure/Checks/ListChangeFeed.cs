using System.Data;
using CreditPlatform.Application.Checks;
using CreditPlatform.Domain.Lists;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>
/// The feed, the snapshot and the history of list entries, through the functions of migration 0060. On a single
/// server a trigger records every change and a read first gives committed changes their cursors; on Citus the
/// coordinator records them (migration 0095) in a pass that runs before every read, so a consumer sees a change at
/// once there too (and <see cref="WatchNotifier"/> runs one every watch interval in the background).
/// </summary>
public sealed class ListChangeFeed(NpgsqlDataSource dataSource, Persistence.DatabaseEngine engine) : IListChangeFeed, IListHistory
{
    /// <summary>Records (on Citus) or sequences (on one server) the committed changes; returns how many got cursors.</summary>
    public async Task<long> SequenceAsync(CancellationToken ct)
    {
        if (await engine.IsCitusAsync(dataSource, ct))
        {
            // The recorder reaches as far back past its last pass as the check index's poller does, for the same reason.
            await using var record = dataSource.CreateCommand("SELECT list_changes_record($1)");
            record.Parameters.Add(new NpgsqlParameter { Value = ListChangePoller.Lookback, NpgsqlDbType = NpgsqlDbType.Interval });
            return (long)(await record.ExecuteScalarAsync(ct))!;
        }

        await using var command = dataSource.CreateCommand("SELECT list_changes_sequence()");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<ListChangesPage> ChangesAfterAsync(long after, int limit, Guid? tenant, CancellationToken ct)
    {
        // Changes committed by now get their cursors before the read, so a consumer sees them at once.
        await SequenceAsync(ct);
        await using var command = dataSource.CreateCommand(
            "SELECT cursor, change, entry_id, authority, list_code, list_kind, identifier_hash, masked_identifier, link_role, measures, listed_at, expires_at, at FROM list_changes_after($1, $2, $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = after, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)tenant ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var items = new List<ListChange>();
        while (await reader.ReadAsync(ct))
        {
            items.Add(new ListChange(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetGuid(2),
                reader.GetString(3),
                reader.GetString(4),
                KindName(reader.GetString(5)),
                Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(6)),
                reader.GetString(7),
                RoleName(reader.IsDBNull(8) ? null : reader.GetString(8)),
                reader.GetFieldValue<string[]>(9),
                reader.GetFieldValue<DateTimeOffset>(10),
                reader.GetFieldValue<DateTimeOffset>(11),
                reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return new ListChangesPage(items, items.Count == 0 ? after : items[^1].Cursor);
    }

    public async Task<ListSnapshot> SnapshotAsync(Guid? tenant, CancellationToken ct)
    {
        await SequenceAsync(ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // One snapshot for both reads: the head cursor and the entries describe the same moment. A change committed
        // before it but sequenced after it comes again after the cursor; its item carries the entry's state, so
        // applying it again changes nothing.
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        long cursor;
        await using (var head = new NpgsqlCommand("SELECT list_changes_head()", connection, tx))
        {
            cursor = (long)(await head.ExecuteScalarAsync(ct))!;
        }

        var entries = new List<ListSnapshotEntry>();
        await using (var command = new NpgsqlCommand(
            "SELECT entry_id, authority, list_code, list_kind, identifier_hash, masked_identifier, link_role, measures, listed_at, expires_at FROM list_snapshot_entries($1)",
            connection, tx))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)tenant ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                entries.Add(new ListSnapshotEntry(
                    reader.GetGuid(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    KindName(reader.GetString(3)),
                    Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(4)),
                    reader.GetString(5),
                    RoleName(reader.IsDBNull(6) ? null : reader.GetString(6)),
                    reader.GetFieldValue<string[]>(7),
                    reader.GetFieldValue<DateTimeOffset>(8),
                    reader.GetFieldValue<DateTimeOffset>(9)));
            }
        }

        await tx.CommitAsync(ct);
        return new ListSnapshot(cursor, entries);
    }

    public async Task<IReadOnlyList<IndexedEntry>[]> FindAsOfAsync(IReadOnlyList<byte[]?> hashes, DateTimeOffset asOf, CancellationToken ct)
    {
        // On Citus the history holds what the last pass recorded: record what has committed since first.
        if (await engine.IsCitusAsync(dataSource, ct))
        {
            await SequenceAsync(ct);
        }

        var found = new IReadOnlyList<IndexedEntry>[hashes.Count];
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < hashes.Count; i++)
        {
            found[i] = [];
            if (hashes[i] is { } h)
            {
                var key = Convert.ToHexString(h);
                if (!positions.TryGetValue(key, out var at))
                {
                    positions[key] = at = [];
                }

                at.Add(i);
            }
        }

        if (positions.Count == 0)
        {
            return found;
        }

        await using var command = dataSource.CreateCommand(
            "SELECT id, tenant_id, authority, list_id, list_code, list_kind, list_scope, identifier_hash, status, link_role, measures, listed_at, expires_at FROM list_entries_as_of($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = positions.Keys.Select(Convert.FromHexString).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = asOf, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        var lists = new Dictionary<Guid, IndexedList>();
        var byHash = new Dictionary<string, List<IndexedEntry>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetString(8) != nameof(EntryStatus.Active))
            {
                continue;
            }

            var listId = reader.GetGuid(3);
            if (!lists.TryGetValue(listId, out var list))
            {
                lists[listId] = list = new IndexedList(listId, reader.GetGuid(1), reader.GetString(2), reader.GetString(4),
                    Enum.Parse<ListKind>(reader.GetString(5)), Enum.Parse<ListScope>(reader.GetString(6)));
            }

            var key = Convert.ToHexString(reader.GetFieldValue<byte[]>(7));
            if (!byHash.TryGetValue(key, out var entries))
            {
                byHash[key] = entries = [];
            }

            entries.Add(new IndexedEntry(reader.GetGuid(0), list, reader.GetFieldValue<string[]>(10),
                reader.IsDBNull(9) ? null : Enum.Parse<LinkRole>(reader.GetString(9)),
                reader.GetFieldValue<DateTimeOffset>(11), reader.GetFieldValue<DateTimeOffset>(12)));
        }

        foreach (var (key, entries) in byHash)
        {
            foreach (var i in positions[key])
            {
                found[i] = entries;
            }
        }

        return found;
    }

    private static string KindName(string kind) => kind == nameof(ListKind.Black) ? "black" : "red";

    private static string? RoleName(string? role) => role is null ? null : Application.Lists.ApiNames.Of(Enum.Parse<LinkRole>(role));
}
