using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace CreditPlatform.DataGenerator;

/// <summary>
/// POST /events/batch at rongcheng's generated subjects (by identifier, as clients send them), then a binary COPY of the
/// very rows that were stored (events and entries, read back) into plain tables without indexes or policies: the
/// baseline of what the database accepts at all on this machine, measured in the same run.
/// </summary>
internal static class Ingestion
{
    public static async Task<int> RunAsync(Options options)
    {
        var url = options.Text("url", "http://127.0.0.1:5000").TrimEnd('/');
        var total = options.Int("events", 200_000);
        var batchSize = options.Int("batch", 10_000);
        var parallel = options.Int("parallel", 2);
        var tenants = options.Int("tenants", 10);
        var subjects = options.Int("subjects", 1_000_000);
        var warmup = options.Int("warmup", 20_000);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Options.Env("Demo__ApiKey"));
        var run = Guid.NewGuid().ToString("N")[..8];

        // rongcheng holds subjects 0, n, 2n... (see Generator).
        var rongcheng = Enumerable.Range(0, subjects / tenants).Select(i => Identifiers.Subject(i * tenants)).ToArray();
        var batches = Enumerable.Range(0, (total + batchSize - 1) / batchSize)
            .Select(b => Batch(rongcheng, run, b, Math.Min(batchSize, total - (b * batchSize))))
            .ToArray();
        await PostAsync(http, Enumerable.Range(0, (warmup + batchSize - 1) / batchSize).Select(b => Batch(rongcheng, run + "w", b, batchSize)).ToArray(), 1);

        var clock = Stopwatch.StartNew();
        var accepted = await PostAsync(http, batches, parallel);
        var apiSeconds = clock.Elapsed.TotalSeconds;
        var copySeconds = await CopyBaselineAsync(run);
        var apiRate = accepted / apiSeconds;
        var copyRate = accepted / copySeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest events={accepted} batch={batchSize} parallel={parallel} api_seconds={apiSeconds:F2} api_events_per_s={apiRate:F0} copy_seconds={copySeconds:F2} copy_events_per_s={copyRate:F0} ratio_pct={100 * apiRate / copyRate:F1}"));
        return accepted == total ? 0 : 1;
    }

    private static string Batch(string[] identifiers, string run, int batch, int size)
    {
        var occurredAt = DateTimeOffset.UtcNow.AddDays(-1);
        var events = new object[size];
        for (var i = 0; i < size; i++)
        {
            var n = (batch * size) + i;
            events[i] = new
            {
                identifier = identifiers[n % identifiers.Length],
                ruleCode = "TRAFFIC_RED_LIGHT",
                occurredAt = occurredAt.AddSeconds(n % 3600),
                evidence = "卡口抓拍 camera 17",
                idempotencyKey = $"bench-{run}-{n}",
            };
        }

        return JsonSerializer.Serialize(new { events });
    }

    private static async Task<int> PostAsync(HttpClient http, string[] bodies, int parallel)
    {
        var accepted = 0;
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (body, ct) =>
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/v1/tenants/rongcheng/events/batch", content, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{(int)response.StatusCode}: {text[..Math.Min(400, text.Length)]}");
            }

            var result = JsonSerializer.Deserialize<JsonElement>(text);
            Interlocked.Add(ref accepted, result.GetProperty("accepted").GetInt32());
        });
        return accepted;
    }

    /// <summary>Reads the run's events and entries back, then times only their binary COPY into fresh plain tables.</summary>
    private static async Task<double> CopyBaselineAsync(string run)
    {
        await using var connection = new NpgsqlConnection(Options.Env("ConnectionStrings__Default"));
        await connection.OpenAsync();
        await Generator.Execute(connection, """
            DROP TABLE IF EXISTS copy_credit_events, copy_ledger_entries;
            CREATE TABLE copy_credit_events (LIKE credit_events);
            CREATE TABLE copy_ledger_entries (LIKE ledger_entries);
            ANALYZE credit_events, ledger_entries
            """);
        var events = await ReadAsync(connection,
            $"COPY (SELECT * FROM credit_events WHERE idempotency_key LIKE 'bench-{run}-%') TO STDOUT (FORMAT BINARY)");
        var entries = await ReadAsync(connection,
            $"COPY (SELECT e.* FROM ledger_entries e JOIN credit_events c ON c.tenant_id = e.tenant_id AND c.id = e.event_id WHERE c.idempotency_key LIKE 'bench-{run}-%') TO STDOUT (FORMAT BINARY)");
        var clock = Stopwatch.StartNew();
        await WriteAsync(connection, "COPY copy_credit_events FROM STDIN (FORMAT BINARY)", events);
        await WriteAsync(connection, "COPY copy_ledger_entries FROM STDIN (FORMAT BINARY)", entries);
        var seconds = clock.Elapsed.TotalSeconds;
        await Generator.Execute(connection, "DROP TABLE copy_credit_events, copy_ledger_entries");
        return seconds;
    }

    private static async Task<byte[]> ReadAsync(NpgsqlConnection connection, string copyTo)
    {
        await using var source = await connection.BeginRawBinaryCopyAsync(copyTo);
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(NpgsqlConnection connection, string copyFrom, byte[] data)
    {
        await using var target = await connection.BeginRawBinaryCopyAsync(copyFrom);
        await target.WriteAsync(data);
    }
}
