using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.DevCluster;
using Npgsql;
using NpgsqlTypes;

// The database side of benchmarks/run-checks.sh:
//   up <dir>                      start a throwaway cluster in <dir>, print the app's settings as KEY=VALUE lines
//   seed <count> <body-dir>       COPY <count> active entries onto COURT_DEFAULTERS, write request bodies
//   down <dir>                    stop the cluster (or the three nodes of up-citus)
//   up-citus <dir>                a Citus coordinator and two workers in <dir>, settings printed as for up
//   citus-report                  shard sizes per node, then the cost of moving the largest tenant's shard group to
//                                 the other worker and of isolating that tenant on a shard of its own
return args switch
{
    ["up", var dir] => await UpAsync(dir),
    ["up-citus", var dir] => await CitusBench.UpAsync(dir, Token()),
    ["citus-report"] => await CitusBench.ReportAsync(Environment.GetEnvironmentVariable("ConnectionStrings__Default")!),
    ["seed", var count, var bodies] => await SeedAsync(int.Parse(count, CultureInfo.InvariantCulture), bodies),
    ["down", var dir] => Down(dir),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CheckBench up <dir> | seed <count> <body-dir> | down <dir>");
    return 2;
}

static async Task<int> UpAsync(string dir)
{
    if (!LocalCluster.ServerUserCanUse(dir))
    {
        Console.Error.WriteLine($"The database server user cannot write to {dir}.");
        return 1;
    }

    var cluster = new LocalCluster(Path.Combine(dir, "pg"), LocalCluster.FreePort(), Token());
    await cluster.StartAsync(throwaway: true);
    await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE creditplatform_bench", connection);
        await create.ExecuteNonQueryAsync();

        // Sized like a database server of this machine (a sixth of its memory for buffers, checkpoints spaced out for
        // bulk loads) instead of initdb's defaults for a small shared host (128 MB of buffers).
        foreach (var setting in new[]
        {
            $"shared_buffers = '{Environment.GetEnvironmentVariable("BENCH_SHARED_BUFFERS") ?? "4GB"}'",
            "max_wal_size = '8GB'", "checkpoint_timeout = '30min'", "work_mem = '64MB'", "maintenance_work_mem = '1GB'",
        })
        {
            await using var alter = new NpgsqlCommand($"ALTER SYSTEM SET {setting}", connection);
            await alter.ExecuteNonQueryAsync();
        }
    }

    await cluster.RestartAsync();

    Console.WriteLine($"export ConnectionStrings__Default='{cluster.ConnectionString("creditplatform_bench")}'");
    Console.WriteLine($"export Database__AppPassword='{Token()}'");
    Console.WriteLine($"export Identifiers__HashKey='{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}'");
    Console.WriteLine($"export Identifiers__EncryptionKey='{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}'");
    Console.WriteLine($"export Demo__ApiKey='cpk_bench_{Token()}'");
    return 0;
}

static int Down(string dir)
{
    foreach (var node in new[] { "pg", "worker1", "worker2" })
    {
        var data = Path.Combine(dir, node);
        if (File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            new LocalCluster(data, 0, "").Stop();
        }
    }

    return 0;
}

static async Task<int> SeedAsync(int count, string bodies)
{
    var owner = Environment.GetEnvironmentVariable("ConnectionStrings__Default")!;
    var hashKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("Identifiers__HashKey")!);
    await using var connection = new NpgsqlConnection(owner);
    await connection.OpenAsync();
    Guid tenantId, listId;
    string[] measures;
    await using (var find = new NpgsqlCommand(
        "SELECT l.tenant_id, l.id, l.measures FROM lists l JOIN tenants t ON t.id = l.tenant_id WHERE t.slug = 'spc' AND l.code = 'COURT_DEFAULTERS'", connection))
    await using (var reader = await find.ExecuteReaderAsync())
    {
        if (!await reader.ReadAsync())
        {
            Console.Error.WriteLine("COURT_DEFAULTERS is not seeded: start the app with Demo__Seed=true first.");
            return 1;
        }

        (tenantId, listId, measures) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<string[]>(2));
    }

    var now = DateTimeOffset.UtcNow;
    var started = System.Diagnostics.Stopwatch.StartNew();
    await using (var importer = await connection.BeginBinaryImportAsync("""
        COPY list_entries (tenant_id, id, list_id, subject_kind, identifier_hash, masked_identifier, name, reason, document_number,
                           listed_at, expires_at, status, measures, created_at, created_by) FROM STDIN (FORMAT BINARY)
        """))
    {
        for (var i = 0; i < count; i++)
        {
            var identifier = Listed(i);
            await importer.StartRowAsync();
            await importer.WriteAsync(tenantId, NpgsqlDbType.Uuid);
            await importer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await importer.WriteAsync(listId, NpgsqlDbType.Uuid);
            await importer.WriteAsync("Person", NpgsqlDbType.Text);
            await importer.WriteAsync(HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(identifier)), NpgsqlDbType.Bytea);
            await importer.WriteAsync(Identifier.Mask(identifier), NpgsqlDbType.Varchar);
            await importer.WriteAsync("基准测试", NpgsqlDbType.Varchar);
            await importer.WriteAsync("有履行能力而拒不履行 Able to perform but refuses", NpgsqlDbType.Varchar);
            await importer.WriteAsync($"(2026)基{i}号", NpgsqlDbType.Varchar);
            await importer.WriteAsync(now.AddDays(-1), NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(now.AddDays(700), NpgsqlDbType.TimestampTz);
            await importer.WriteAsync("Active", NpgsqlDbType.Text);
            await importer.WriteAsync(measures, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync("bench", NpgsqlDbType.Text);
        }

        await importer.CompleteAsync();
    }

    Console.Error.WriteLine($"Copied {count} list entries in {started.ElapsedMilliseconds} ms");
    Directory.CreateDirectory(bodies);
    var random = new Random(2026);
    await File.WriteAllTextAsync(Path.Combine(bodies, "single.json"), JsonSerializer.Serialize(new { identifiers = new[] { Listed(count / 2) } }));
    var batch = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? Listed(random.Next(count)) : Unlisted(i)).ToArray();
    await File.WriteAllTextAsync(Path.Combine(bodies, "batch.json"), JsonSerializer.Serialize(new { identifiers = batch }));
    await File.WriteAllTextAsync(Path.Combine(bodies, "probe.json"), JsonSerializer.Serialize(new { identifiers = new[] { Listed(count - 1) } }));
    return 0;
}

// Valid resident identity numbers, a thousand per birth date from 1950 on: unique for millions of rows.
static string Listed(int i) => Person("320102", i);

static string Unlisted(int i) => Person("440305", i);

static string Person(string region, int i)
{
    var birth = new DateTime(1950, 1, 1).AddDays(i / 1000);
    var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (i % 1000).ToString("000", CultureInfo.InvariantCulture);
    return first17 + ResidentIdentityNumber.ComputeCheckCharacter(first17);
}

static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
