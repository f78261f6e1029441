using System.Diagnostics;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Npgsql;
using NpgsqlTypes;

namespace CreditPlatform.DataGenerator;

/// <summary>
/// Fills a migrated, demo-seeded database by binary COPY: jurisdictions modelled on rongcheng (same scheme), subjects
/// spread over them, hash-chained ledger entries continuing each jurisdiction's chain, and active entries on the
/// court's defaulter list naming generated subjects. Scores are left to the recompute benchmark.
/// </summary>
internal static class Generator
{
    private static readonly (string Code, int Points, int? ExpiryMonths)[] Rules =
    [
        ("TRAFFIC_RED_LIGHT", -5, 24), ("CONTRACT_BREACH", -20, 36), ("UTILITY_ARREARS", -20, 24),
        ("BLOOD_DONATION", 5, 24), ("HEROIC_ACT", 30, null), ("REPORT_COUNTERFEIT", 5, 24),
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var tenants = options.Int("tenants", 10);
        var subjects = options.Int("subjects", 1_000_000);
        var entries = options.Int("entries", 10_000_000);
        var listEntries = options.Int("list-entries", 1_000_000);
        var protector = new IdentifierProtector(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        // No command timeout: the end of a COPY of a million rows waits for the server to write them and their
        // indexes, which on a busy shared machine took longer than the default 30 s and aborted the run.
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(Options.Env("ConnectionStrings__Default")) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "SET synchronous_commit = off");
        var clock = Stopwatch.StartNew();

        var tenantIds = await CreateTenantsAsync(connection, tenants);
        var now = Instants.Stored(DateTimeOffset.UtcNow);
        var owned = await CopySubjectsAsync(connection, protector, tenantIds, subjects, now);
        Console.Error.WriteLine($"{subjects:N0} subjects in {clock.Elapsed.TotalSeconds:F1} s");
        await CopyEntriesAsync(connection, tenantIds, owned, entries, now);
        Console.Error.WriteLine($"{entries:N0} ledger entries in {clock.Elapsed.TotalSeconds:F1} s");
        await CopyListEntriesAsync(connection, protector, Math.Min(listEntries, subjects), now);
        Console.Error.WriteLine($"{listEntries:N0} list entries in {clock.Elapsed.TotalSeconds:F1} s");
        await Execute(connection, "ANALYZE");
        if (options.Text("probe", "") is { Length: > 0 } probe && listEntries > 0)
        {
            // The last listed subject: once a check finds it restricted, the index has loaded everything.
            await File.WriteAllTextAsync(probe, $"{{\"identifiers\":[\"{Identifiers.Subject(Math.Min(listEntries, subjects) - 1)}\"]}}");
        }

        Console.WriteLine($"generated tenants={tenants} subjects={subjects} entries={entries} list_entries={listEntries} seconds={clock.Elapsed.TotalSeconds:F1}");
        return 0;
    }

    /// <summary>rongcheng itself plus copies of it (kind, parent, current scheme), so every jurisdiction has a scheme.</summary>
    private static async Task<Guid[]> CreateTenantsAsync(NpgsqlConnection connection, int count)
    {
        await Execute(connection, """
            INSERT INTO tenants (id, slug, name, kind, parent_id, created_at)
            SELECT gen_random_uuid(), 'bench-' || lpad(n::text, 3, '0'), '基准 Bench ' || n, kind, parent_id, now()
            FROM tenants, generate_series(1, $1 - 1) AS n WHERE slug = 'rongcheng'
            ON CONFLICT (slug) DO NOTHING
            """, count);
        await Execute(connection, """
            INSERT INTO scoring_schemes (tenant_id, version, definition, effective_from, created_at, created_by)
            SELECT t.id, s.version, s.definition, s.effective_from, now(), 'bench'
            FROM tenants t, scoring_schemes s JOIN tenants r ON r.id = s.tenant_id AND r.slug = 'rongcheng'
            WHERE t.slug LIKE 'bench-%'
            ON CONFLICT DO NOTHING
            """);
        var ids = new List<Guid>();
        await using var find = new NpgsqlCommand(
            "SELECT id FROM tenants WHERE slug = 'rongcheng' OR (slug LIKE 'bench-%' AND substr(slug, 7)::int < $1) ORDER BY slug = 'rongcheng' DESC, slug", connection)
        {
            Parameters = { new() { Value = count } },
        };
        await using var reader = await find.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids];
    }

    /// <summary>Subject i belongs to jurisdiction i mod n; returns each jurisdiction's subject ids.</summary>
    private static async Task<List<Guid>[]> CopySubjectsAsync(
        NpgsqlConnection connection, IdentifierProtector protector, Guid[] tenantIds, int count, DateTimeOffset now)
    {
        var owned = tenantIds.Select(_ => new List<Guid>(count / tenantIds.Length + 1)).ToArray();
        await using var w = await connection.BeginBinaryImportAsync("""
            COPY subjects (tenant_id, id, kind, identifier_hash, identifier_cipher, masked_identifier, name, created_at)
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var identifier = Identifiers.Subject(i);
            var id = Guid.CreateVersion7();
            var t = i % tenantIds.Length;
            owned[t].Add(id);
            w.StartRow();
            w.Write(tenantIds[t], NpgsqlDbType.Uuid);
            w.Write(id, NpgsqlDbType.Uuid);
            w.Write(nameof(SubjectKind.Person), NpgsqlDbType.Text);
            w.Write(protector.Hash(identifier), NpgsqlDbType.Bytea);
            w.Write(protector.Encrypt(identifier), NpgsqlDbType.Bytea);
            w.Write(Identifier.Mask(identifier), NpgsqlDbType.Varchar);
            w.Write("基准" + i, NpgsqlDbType.Varchar);
            w.Write(now, NpgsqlDbType.TimestampTz);
        }

        await w.CompleteAsync();
        return owned;
    }

    /// <summary>Each jurisdiction's share continues its own hash chain from its head, which is advanced to the last entry.</summary>
    private static async Task CopyEntriesAsync(NpgsqlConnection connection, Guid[] tenantIds, List<Guid>[] owned, int count, DateTimeOffset now)
    {
        var random = new Random(2026);
        for (var t = 0; t < tenantIds.Length; t++)
        {
            var tenantId = tenantIds[t];
            var share = count / tenantIds.Length + (t < count % tenantIds.Length ? 1 : 0);
            if (share == 0 || owned[t].Count == 0)
            {
                continue;
            }

            var (sequence, previous) = await HeadAsync(connection, tenantId, now);
            await using (var w = await connection.BeginBinaryImportAsync(
                $"COPY ledger_entries ({Columns}) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < share; i++)
                {
                    var (code, points, expiry) = Rules[random.Next(Rules.Length)];
                    var occurred = now.AddMinutes(-random.Next(3 * 365 * 24 * 60));
                    var entry = new LedgerEntry
                    {
                        TenantId = tenantId,
                        Id = Guid.CreateVersion7(),
                        SubjectId = owned[t][random.Next(owned[t].Count)],
                        RuleCode = code,
                        RuleVersion = 1,
                        Points = points,
                        RawPoints = points,
                        OccurredAt = occurred,
                        RecordedAt = now,
                        ExpiresAt = expiry is { } months ? occurred.AddMonths(months) : null,
                        Recorder = "bench",
                    };
                    entry.Chain(++sequence, previous, LedgerCanonicalForm.Of(entry));
                    previous = entry.Hash;
                    Write(w, entry);
                }

                await w.CompleteAsync();
            }

            await Execute(connection, "UPDATE ledger_chain_heads SET last_sequence = $2, last_hash = $3, updated_at = now() WHERE tenant_id = $1",
                tenantId, sequence, previous);
        }
    }

    private const string Columns =
        "tenant_id, id, sequence, event_id, subject_id, rule_code, rule_version, points, raw_points, capped, cap_notes, "
        + "quantity, occurred_at, recorded_at, expires_at, band_override, band_override_until, reverses_id, reason, "
        + "recorder, department, previous_hash, hash";

    private static void Write(NpgsqlBinaryImporter w, LedgerEntry e)
    {
        w.StartRow();
        w.Write(e.TenantId, NpgsqlDbType.Uuid);
        w.Write(e.Id, NpgsqlDbType.Uuid);
        w.Write(e.Sequence, NpgsqlDbType.Bigint);
        w.WriteNull();
        w.Write(e.SubjectId, NpgsqlDbType.Uuid);
        w.Write(e.RuleCode, NpgsqlDbType.Varchar);
        w.Write(e.RuleVersion, NpgsqlDbType.Integer);
        w.Write(e.Points, NpgsqlDbType.Integer);
        w.Write(e.RawPoints, NpgsqlDbType.Integer);
        w.Write(e.Capped, NpgsqlDbType.Boolean);
        w.Write(e.CapNotes, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.WriteNull();
        w.Write(e.OccurredAt, NpgsqlDbType.TimestampTz);
        w.Write(e.RecordedAt, NpgsqlDbType.TimestampTz);
        if (e.ExpiresAt is { } expires)
        {
            w.Write(expires, NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }

        w.WriteNull();
        w.WriteNull();
        w.WriteNull();
        w.WriteNull();
        w.Write(e.Recorder, NpgsqlDbType.Text);
        w.WriteNull();
        w.Write(e.PreviousHash, NpgsqlDbType.Varchar);
        w.Write(e.Hash, NpgsqlDbType.Varchar);
    }

    private static async Task<(long Sequence, string Hash)> HeadAsync(NpgsqlConnection connection, Guid tenantId, DateTimeOffset now)
    {
        await Execute(connection, "INSERT INTO ledger_chain_heads (tenant_id, last_sequence, last_hash, updated_at) VALUES ($1, 0, '', $2) ON CONFLICT DO NOTHING",
            tenantId, now);
        await using var read = new NpgsqlCommand("SELECT last_sequence, last_hash FROM ledger_chain_heads WHERE tenant_id = $1", connection)
        {
            Parameters = { new() { Value = tenantId } },
        };
        await using var reader = await read.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetString(1));
    }

    /// <summary>Active entries on the court's defaulter list naming the first generated subjects, like a nationwide list.</summary>
    private static async Task CopyListEntriesAsync(NpgsqlConnection connection, IdentifierProtector protector, int count, DateTimeOffset now)
    {
        Guid tenantId, listId;
        string[] measures;
        await using (var find = new NpgsqlCommand(
            "SELECT l.tenant_id, l.id, l.measures FROM lists l JOIN tenants t ON t.id = l.tenant_id WHERE t.slug = 'spc' AND l.code = 'COURT_DEFAULTERS'", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException("COURT_DEFAULTERS is not seeded: start the app once with Demo__Seed=true.");
            }

            (tenantId, listId, measures) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<string[]>(2));
        }

        await using var w = await connection.BeginBinaryImportAsync("""
            COPY list_entries (tenant_id, id, list_id, subject_kind, identifier_hash, masked_identifier, name, reason, document_number,
                               listed_at, expires_at, status, measures, created_at, created_by) FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var identifier = Identifiers.Subject(i);
            w.StartRow();
            w.Write(tenantId, NpgsqlDbType.Uuid);
            w.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            w.Write(listId, NpgsqlDbType.Uuid);
            w.Write(nameof(SubjectKind.Person), NpgsqlDbType.Text);
            w.Write(protector.Hash(identifier), NpgsqlDbType.Bytea);
            w.Write(Identifier.Mask(identifier), NpgsqlDbType.Varchar);
            w.Write("基准" + i, NpgsqlDbType.Varchar);
            w.Write("有履行能力而拒不履行 Able to perform but refuses", NpgsqlDbType.Varchar);
            w.Write($"(2026)基{i}号", NpgsqlDbType.Varchar);
            w.Write(now.AddDays(-1), NpgsqlDbType.TimestampTz);
            w.Write(now.AddDays(700), NpgsqlDbType.TimestampTz);
            w.Write("Active", NpgsqlDbType.Text);
            w.Write(measures, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(now, NpgsqlDbType.TimestampTz);
            w.Write("bench", NpgsqlDbType.Text);
        }

        await w.CompleteAsync();
    }

    internal static async Task Execute(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
