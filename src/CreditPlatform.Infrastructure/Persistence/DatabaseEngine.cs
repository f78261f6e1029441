using System.Data.Common;
using Npgsql;

namespace CreditPlatform.Infrastructure.Persistence;

/// <summary>
/// Whether the application's database is a Citus coordinator (the citus extension is installed), found once on
/// the first connection that asks and remembered for the process. Some paths differ on Citus: settings reach the
/// workers only as <c>SET LOCAL</c> inside a transaction, and a notification raised on a worker never reaches a
/// listener on the coordinator.
/// </summary>
public sealed class DatabaseEngine
{
    private const string Query = "SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus')";

    // 0: not known yet, 1: a single PostgreSQL server, 2: a Citus coordinator.
    private int _kind;

    /// <summary>An engine already known (tests, tools); otherwise it is found on first use.</summary>
    public static DatabaseEngine Known(bool citus) => new() { _kind = citus ? 2 : 1 };

    public bool? IsCitusIfKnown => Volatile.Read(ref _kind) switch { 1 => false, 2 => true, _ => null };

    public bool IsCitus(DbConnection open)
    {
        if (IsCitusIfKnown is { } known)
        {
            return known;
        }

        using var command = new NpgsqlCommand(Query, (NpgsqlConnection)open);
        return Remember((bool)command.ExecuteScalar()!);
    }

    public async ValueTask<bool> IsCitusAsync(DbConnection open, CancellationToken ct)
    {
        if (IsCitusIfKnown is { } known)
        {
            return known;
        }

        await using var command = new NpgsqlCommand(Query, (NpgsqlConnection)open);
        return Remember((bool)(await command.ExecuteScalarAsync(ct))!);
    }

    public async ValueTask<bool> IsCitusAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        if (IsCitusIfKnown is { } known)
        {
            return known;
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await IsCitusAsync(connection, ct);
    }

    private bool Remember(bool citus)
    {
        Volatile.Write(ref _kind, citus ? 2 : 1);
        return citus;
    }
}
