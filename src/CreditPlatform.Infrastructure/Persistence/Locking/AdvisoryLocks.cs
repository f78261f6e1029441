using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CreditPlatform.Infrastructure.Persistence.Locking;

/// <summary>
/// The platform's one way to take a PostgreSQL advisory lock, and its one key scheme: the lock named
/// <c>name</c> is the 64-bit key <c>hashtextextended('creditplatform:' || name, 0)</c>, computed by the server, so every
/// process and instance agrees on it. Names say what they guard ("migrations", "national-list:{code}",
/// "score-snapshots:{tenant}:{month}") and never carry a personal identifier. The database's own functions take theirs
/// by the same scheme through <c>platform_lock_key(name)</c> (migration 0115: "audit-chain:{tenant}",
/// "list-change-sequence"). Scheduled jobs need none: Quartz's clustered store fires each firing on one node.
/// </summary>
public static class AdvisoryLocks
{
    // Spelled out rather than through platform_lock_key: the migrator locks before any migration has run.
    private const string Key = "hashtextextended('creditplatform:' || @name, 0)";

    /// <summary>Waits for the lock, held until the current transaction ends.</summary>
    public static async Task LockForTransactionAsync(this DatabaseFacade database, string name, CancellationToken ct) =>
        await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"creditplatform:" + name}, 0))", ct);

    /// <summary>Takes the lock until the current transaction ends if no one holds it; false (and no lock) if someone does.</summary>
    public static Task<bool> TryLockForTransactionAsync(DbConnection connection, string name, CancellationToken ct) =>
        ScalarAsync(connection, $"SELECT pg_try_advisory_xact_lock({Key})", name, ct);

    /// <summary>Waits for the lock, held by the connection's session until <see cref="UnlockSessionAsync"/>.</summary>
    public static Task LockSessionAsync(DbConnection connection, string name, CancellationToken ct) =>
        ScalarAsync(connection, $"SELECT pg_advisory_lock({Key}) IS NOT NULL", name, ct);

    public static Task UnlockSessionAsync(DbConnection connection, string name, CancellationToken ct) =>
        ScalarAsync(connection, $"SELECT pg_advisory_unlock({Key})", name, ct);

    /// <summary>The Application's way in: locks on the request's own connection and transaction.</summary>
    public sealed class ForRequest(AppDbContext db) : Application.Common.Abstractions.IAdvisoryLocks
    {
        public Task LockForTransactionAsync(string name, CancellationToken ct) => db.Database.LockForTransactionAsync(name, ct);
    }

    private static async Task<bool> ScalarAsync(DbConnection connection, string sql, string name, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
