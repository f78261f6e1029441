using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CreditPlatform.Infrastructure.Persistence.Locking;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CreditPlatform.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered SQL scripts embedded in this assembly, each in its own transaction, under a
/// PostgreSQL advisory lock so that two instances starting at once don't race. Applied scripts are
/// recorded with a checksum; a script edited after it was applied stops the start-up. On a Citus
/// coordinator the tables are then distributed or replicated (<see cref="CitusLayout"/>).
/// </summary>
public sealed class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    public const string AppRole = "creditplatform_app";
    private const string LockName = "migrations";

    public static IReadOnlyList<(string Name, string Sql)> Scripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        const string marker = ".Persistence.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n[(n.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..^4], Sql: Read(assembly, n)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Creates the application role (RLS applies to it) and brings the schema up to date.</summary>
    /// <param name="resetAppPassword">Also set the app role's password when the role exists already (one caller at a time).</param>
    public async Task MigrateAsync(string ownerConnectionString, string appRolePassword, bool resetAppPassword = false, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        await AdvisoryLocks.LockSessionAsync(connection, LockName, ct);
        try
        {
            await EnsureAppRoleAsync(connection, appRolePassword, resetAppPassword, ct);
            await Execute(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now());
                GRANT SELECT ON schema_migrations TO creditplatform_app;
                """, ct);

            var applied = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var read = new NpgsqlCommand("SELECT name, checksum FROM schema_migrations", connection))
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    applied[reader.GetString(0)] = reader.GetString(1);
                }
            }

            foreach (var (name, sql) in Scripts())
            {
                var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
                if (applied.TryGetValue(name, out var existing))
                {
                    if (existing != checksum)
                    {
                        throw new InvalidOperationException($"Migration {name} was changed after it was applied; add a new script instead.");
                    }

                    continue;
                }

                await using var tx = await connection.BeginTransactionAsync(ct);
                await using (var command = new NpgsqlCommand(sql, connection, tx))
                {
                    await command.ExecuteNonQueryAsync(ct);
                }

                await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", connection, tx))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = name });
                    record.Parameters.Add(new NpgsqlParameter { Value = checksum });
                    await record.ExecuteNonQueryAsync(ct);
                }

                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration}", name);
            }

            await CitusLayout.ApplyAsync(connection, logger, ct);
        }
        finally
        {
            // A broken connection has lost its lock already; unlocking it would hide the error that broke it.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await AdvisoryLocks.UnlockSessionAsync(connection, LockName, CancellationToken.None);
            }
        }
    }

    /// <summary>Builds the app role's connection string from the owner's.</summary>
    public static string AppConnectionString(string ownerConnectionString, string appRolePassword) =>
        new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = AppRole, Password = appRolePassword }.ConnectionString;

    private static async Task EnsureAppRoleAsync(NpgsqlConnection connection, string password, bool reset, CancellationToken ct)
    {
        // The password can't be a bind parameter in DDL; it is quoted as a literal instead.
        var literal = "'" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        // Created once per cluster; racing creators (parallel test databases) are tolerated.
        await Execute(connection, $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN
                CREATE ROLE {AppRole} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD {literal};
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            """, ct);
        if (reset)
        {
            await Execute(connection, $"ALTER ROLE {AppRole} PASSWORD {literal}", ct);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
