using Microsoft.Extensions.Logging;
using Npgsql;

namespace CreditPlatform.Infrastructure.Checks;

/// <summary>
/// Keeps <see cref="ListIndex"/> current where LISTEN/NOTIFY cannot: on Citus the trigger that notifies runs on the
/// worker holding the shard, and the notification never reaches the coordinator. Every insert or update of an entry
/// stamps it (<c>changed_at</c>, migration 0070); this reads the entries stamped within the last
/// <see cref="Lookback"/> every <see cref="Interval"/> and re-reads those it has not seen with that stamp. The look-back
/// covers a change stamped before a poll but committed after it (and clock differences between nodes), so it is
/// longer than any transaction that writes entries; a burst larger than the reload threshold reloads everything.
/// </summary>
internal sealed class ListChangePoller(ListIndex index, ILogger logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan Lookback = TimeSpan.FromSeconds(15);

    private readonly Dictionary<Guid, DateTime> _seen = [];

    /// <summary>The database's clock now: taken before a full load, the first poll reaches back from it.</summary>
    public static async Task<DateTime> ClockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", connection);
        return (DateTime)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Follows the stamps until cancelled or the connection fails (the caller then reconnects and reloads).</summary>
    public async Task FollowAsync(
        NpgsqlConnection connection, DateTime loadedAt, int reloadThreshold, Func<CancellationToken, Task> reload, CancellationToken ct)
    {
        _seen.Clear();
        var from = loadedAt - Lookback;
        while (!ct.IsCancellationRequested)
        {
            var now = await ClockAsync(connection, ct);
            var fresh = new HashSet<Guid>();
            await using (var command = new NpgsqlCommand("SELECT id, changed_at FROM list_entries_changed_since($1)", connection))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = from });
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var (id, stamp) = (reader.GetGuid(0), reader.GetDateTime(1));
                    if (!_seen.TryGetValue(id, out var known) || known < stamp)
                    {
                        _seen[id] = stamp;
                        fresh.Add(id);
                    }
                }
            }

            if (fresh.Count > reloadThreshold)
            {
                logger.LogInformation("{Count} list entries changed at once; reloading the check index", fresh.Count);
                await reload(ct);
            }
            else if (fresh.Count > 0)
            {
                var rows = new List<IndexRow>(fresh.Count);
                await foreach (var row in IndexRow.ReadAsync(connection, [.. fresh], ct))
                {
                    rows.Add(row);
                }

                index.Apply(fresh, rows);
            }

            // Stamps older than the look-back are never read again: forget them.
            from = now - Lookback;
            foreach (var (id, stamp) in _seen.Where(s => s.Value < from).ToList())
            {
                _seen.Remove(id);
            }

            await Task.Delay(Interval, ct);
        }
    }
}
