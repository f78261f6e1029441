using Microsoft.Extensions.Logging;
using Npgsql;

namespace CreditPlatform.Infrastructure.Persistence;

/// <summary>
/// On a database with the Citus extension, lays the schema out over the cluster after each migration run:
/// every table whose primary key starts with <c>tenant_id</c> is distributed by it (all co-located, so a
/// jurisdiction's rows and every join and constraint among them stay on one shard); the append-only platform
/// logs named in <see cref="DistributedById"/> are spread by their own id; every other table (jurisdictions,
/// guardrails, users and the like: small, platform-wide, read by every jurisdiction) becomes a reference table,
/// copied to every node. Tables already laid out are left alone, so the step is idempotent and a table added
/// by a later migration is laid out the next time the migrator runs. Without Citus it does nothing.
/// </summary>
public static class CitusLayout
{
    /// <summary>Platform-level append-only logs too large for a copy per node and with no tenant in their key.</summary>
    public static readonly IReadOnlySet<string> DistributedById = new HashSet<string>(StringComparer.Ordinal) { "check_log" };

    /// <summary>
    /// Bookkeeping only the coordinator reads and writes: stays a plain table there. The migrator's own, and where the
    /// list change recorder's last pass stood (migration 0095).
    /// </summary>
    public static readonly IReadOnlySet<string> Local = new HashSet<string>(StringComparer.Ordinal) { "schema_migrations", "list_change_recorder" };

    public static async Task<bool> IsCitusAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus')", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Distributes or replicates every table of the public schema that is still a plain local table.</summary>
    public static async Task ApplyAsync(NpgsqlConnection connection, ILogger logger, CancellationToken ct)
    {
        if (!await IsCitusAsync(connection, ct))
        {
            return;
        }

        await LayOutTablesAsync(connection, logger, ct);
        await MakeFunctionsPlannableAsync(connection, logger, ct);
    }

    private static async Task LayOutTablesAsync(NpgsqlConnection connection, ILogger logger, CancellationToken ct)
    {
        var pending = await PendingTablesAsync(connection, ct);
        if (pending.Count == 0)
        {
            return;
        }

        // A foreign key may only join tables Citus already lays out the same way, and Citus turns a plain table
        // that references a new reference table into a local one it then refuses to distribute. So the foreign
        // keys that touch the pending tables are set aside, every table is laid out, and the keys are put back:
        // all in one transaction, so a failure leaves the schema as it was.
        await using var tx = await connection.BeginTransactionAsync(ct);
        // One transaction that creates distributed tables and then changes reference tables (the foreign keys put
        // back) must reach the shards over one connection per node.
        await ExecuteAsync(connection, tx, "SET LOCAL citus.multi_shard_modify_mode TO 'sequential'", ct);
        var keys = await ForeignKeysAsync(connection, tx, pending, ct);
        foreach (var key in keys)
        {
            await ExecuteAsync(connection, tx, $"ALTER TABLE {Quote(key.Table)} DROP CONSTRAINT {Quote(key.Name)}", ct);
        }

        // Triggers (the audit chain, list-change notices, approved wording) are copied to the shards with the tables.
        await ExecuteAsync(connection, tx, "SET LOCAL citus.enable_unsafe_triggers TO on", ct);
        foreach (var (table, tenantKeyed) in pending.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var (sql, kind) = KindOf(table, tenantKeyed);
            await using var command = new NpgsqlCommand(sql, connection, tx);
            command.Parameters.Add(new NpgsqlParameter { Value = table });
            await command.ExecuteNonQueryAsync(ct);
            logger.LogInformation("Citus: table {Table} {Kind}", table, kind);
        }

        foreach (var key in keys)
        {
            await ExecuteAsync(connection, tx, $"ALTER TABLE {Quote(key.Table)} ADD CONSTRAINT {Quote(key.Name)} {key.Definition}", ct);
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Citus cannot plan a parameterised SQL-language function over distributed tables (it would inline the
    /// parameters into a query it must route), so the set-returning SQL functions of the schema (the narrow
    /// cross-tenant reads and the chain check) are redefined as PL/pgSQL with the same signature, attributes
    /// and query: each statement inside is then planned on its own, with its parameters bound. Columns win
    /// over the output parameters of the same name, as they do in SQL. Runs after every migration, so a
    /// function a later script redefines is converted again.
    /// </summary>
    private static async Task MakeFunctionsPlannableAsync(NpgsqlConnection connection, ILogger logger, CancellationToken ct)
    {
        var functions = new List<(string Name, string Definition, string Source)>();
        await using (var command = new NpgsqlCommand("""
            SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid), p.prosrc
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_language l ON l.oid = p.prolang
            WHERE n.nspname = 'public' AND l.lanname = 'sql' AND p.proretset
            ORDER BY 1
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                functions.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (name, definition, source) in functions)
        {
            var query = source.Trim().TrimEnd(';');
            var body = $"\n#variable_conflict use_column\nBEGIN\nRETURN QUERY {query};\nEND\n";
            var asClause = definition.IndexOf("AS $function$", StringComparison.Ordinal);
            var language = definition.IndexOf(" LANGUAGE sql", StringComparison.Ordinal);
            if (asClause < 0 || language < 0)
            {
                throw new InvalidOperationException($"Cannot read the definition of {name} to make it plannable on Citus.");
            }

            var header = definition[..asClause].Replace(" LANGUAGE sql", " LANGUAGE plpgsql", StringComparison.Ordinal);
            await using var replace = new NpgsqlCommand(header + "AS $citus_plpgsql$" + body + "$citus_plpgsql$", connection);
            await replace.ExecuteNonQueryAsync(ct);
            logger.LogInformation("Citus: function {Function} redefined in PL/pgSQL", name);
        }
    }

    /// <summary>Platform-wide tables that are kept as reference tables although their key starts with tenant_id.</summary>
    public static readonly IReadOnlySet<string> ReferenceDespiteTenantKey = new HashSet<string>(StringComparer.Ordinal)
    {
        // A jurisdiction reads its ancestors' guardrails: small, read everywhere, written by administrators.
        "guardrail_sets",
    };

    private static (string Sql, string Kind) KindOf(string table, bool tenantKeyed) =>
        tenantKeyed && !ReferenceDespiteTenantKey.Contains(table)
            ? ("SELECT create_distributed_table($1::regclass, 'tenant_id')", "distributed by tenant_id")
            : DistributedById.Contains(table)
                ? ("SELECT create_distributed_table($1::regclass, 'id', colocate_with => 'none')", "distributed by id")
                : ("SELECT create_reference_table($1::regclass)", "reference");

    private sealed record ForeignKey(string Table, string Name, string Definition);

    /// <summary>Plain tables of the public schema not yet distributed or replicated, and whether their key starts with tenant_id.</summary>
    private static async Task<Dictionary<string, bool>> PendingTablesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("""
            SELECT c.relname,
                   coalesce((SELECT a.attname = 'tenant_id'
                             FROM pg_constraint pk
                             JOIN pg_attribute a ON a.attrelid = pk.conrelid AND a.attnum = pk.conkey[1]
                             WHERE pk.conrelid = c.oid AND pk.contype = 'p'), false)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              -- distributed (hash) or reference tables are laid out; a table Citus added as a local one is not
              AND NOT EXISTS (SELECT FROM pg_dist_partition p
                              WHERE p.logicalrelid = c.oid AND (p.partmethod = 'h' OR p.repmodel = 't'))
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!Local.Contains(reader.GetString(0)))
            {
                tables[reader.GetString(0)] = reader.GetBoolean(1);
            }
        }

        return tables;
    }

    private static async Task<List<ForeignKey>> ForeignKeysAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Dictionary<string, bool> pending, CancellationToken ct)
    {
        var keys = new List<ForeignKey>();
        await using var command = new NpgsqlCommand("""
            SELECT src.relname, dst.relname, fk.conname, pg_get_constraintdef(fk.oid)
            FROM pg_constraint fk
            JOIN pg_class src ON src.oid = fk.conrelid
            JOIN pg_class dst ON dst.oid = fk.confrelid
            JOIN pg_namespace n ON n.oid = src.relnamespace
            WHERE fk.contype = 'f' AND n.nspname = 'public'
            ORDER BY src.relname, fk.conname
            """, connection, tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (pending.ContainsKey(reader.GetString(0)) || pending.ContainsKey(reader.GetString(1)))
            {
                keys.Add(new ForeignKey(reader.GetString(0), reader.GetString(2), reader.GetString(3)));
            }
        }

        return keys;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
