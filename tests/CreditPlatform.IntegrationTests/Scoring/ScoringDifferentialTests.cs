using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CreditPlatform.IntegrationTests.Scoring;

/// <summary>
/// Random event streams through the real batch API: several rules with caps, per-unit points, expiries and band
/// overrides; late and out-of-order events; repeated idempotency keys; reversals; batches of random sizes; the clock
/// moving on between batches so entries lapse. Afterwards the stored scores and running state, the score read, the
/// set-based recompute and a from-scratch recompute of the ledger by the Domain must agree exactly, and every cap
/// window must hold.
/// CI runs a fixed seed and a few cases; <c>SCORING_PROPERTY_CASES</c> (and <c>SCORING_PROPERTY_SEED</c>) run more.
/// </summary>
public sealed class ScoringDifferentialTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Batch = "/api/v1/tenants/rongcheng/events/batch";
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private CreditPlatformFactory? _factory;

    private CreditPlatformFactory Factory => _factory!;

    public async Task InitializeAsync() => _factory = await CreditPlatformFactory.StartWithClockAsync(_clock);

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private sealed record TestRule(string Code, RuleDefinition Definition, bool PerUnit);

    private sealed record Sent(Guid Subject, string Rule, DateTimeOffset OccurredAt, decimal? Quantity, string Key);

    [Fact]
    public async Task RecordEventBatch_WhenRandomStreamsArrive_StoredScoresRecomputeAndCapsAgree()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SCORING_PROPERTY_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 6;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SCORING_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261201;
        using var client = Factory.ApiClient();
        var rules = await DraftRulesAsync();

        for (var c = 0; c < cases; c++)
        {
            var random = new Random(seed + c);
            var subjects = new List<Guid>();
            for (var i = 0; i < 4; i++)
            {
                subjects.Add(await client.EnrolAsync());
            }

            var sent = await SendRandomStreamAsync(client, random, rules, subjects);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"case {c} (seed {seed + c}): {sent} events sent"));
            await AgreeAsync(client, rules, subjects, $"case {c}, seed {seed + c}");
        }
    }

    /// <summary>Sends one case's stream; returns how many items went out (repeats included).</summary>
    private async Task<int> SendRandomStreamAsync(HttpClient client, Random random, IReadOnlyList<TestRule> rules, List<Guid> subjects)
    {
        var accepted = new List<Sent>();
        var sent = 0;
        for (var round = 0; round < 12; round++)
        {
            // The clock moves on, so earlier entries lapse and overrides end between batches.
            _clock.Advance(TimeSpan.FromHours(random.Next(0, 24 * 20)));
            var now = _clock.GetUtcNow();
            var size = random.Next(1, 40);
            var items = new List<Sent>(size);
            for (var i = 0; i < size; i++)
            {
                if ((accepted.Count > 0 || items.Count > 0) && random.Next(8) == 0)
                {
                    // A retry: the same key and payload again, from an earlier batch or this one.
                    var pool = accepted.Count > 0 && (items.Count == 0 || random.Next(2) == 0) ? accepted : items;
                    items.Add(pool[random.Next(pool.Count)]);
                    continue;
                }

                var rule = rules[random.Next(rules.Count)];

                // Mostly recent, some late by months: the stream is out of order within and across batches.
                var age = random.Next(4) == 0 ? TimeSpan.FromHours(random.Next(0, 24 * 150)) : TimeSpan.FromHours(random.Next(0, 24 * 25));
                items.Add(new Sent(
                    subjects[random.Next(subjects.Count)],
                    rule.Code,
                    now - age,
                    rule.PerUnit ? random.Next(0, 11) : null,
                    Guid.NewGuid().ToString("N")));
            }

            var response = await PostAsync(client, items);
            var fresh = items.Select(i => i.Key).Distinct().Count(k => accepted.All(a => a.Key != k));
            response.GetProperty("accepted").GetInt32().ShouldBe(fresh, response.ToString());
            response.GetProperty("duplicates").GetInt32().ShouldBe(items.Count - fresh, response.ToString());
            response.GetProperty("rejected").GetArrayLength().ShouldBe(0, response.ToString());
            foreach (var item in items.Where(i => accepted.All(a => a.Key != i.Key)).DistinctBy(i => i.Key))
            {
                accepted.Add(item);
            }

            sent += items.Count;
            if (random.Next(3) == 0)
            {
                await ReverseOneAsync(client, random, subjects[random.Next(subjects.Count)]);
            }
        }

        return sent;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, List<Sent> items)
    {
        var events = items.Select(i => new { subjectId = i.Subject, ruleCode = i.Rule, occurredAt = i.OccurredAt, quantity = i.Quantity, idempotencyKey = i.Key });
        using var response = await client.PostAsJsonAsync(Batch, new { events });
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return body;
    }

    private static async Task ReverseOneAsync(HttpClient client, Random random, Guid subject)
    {
        var counted = (await client.LedgerAsync(subject)).EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() is "counted" or "expired")
            .Select(e => e.GetProperty("id").GetGuid())
            .ToList();
        if (counted.Count == 0)
        {
            return;
        }

        using var response = await client.PostAsJsonAsync(
            $"/api/v1/tenants/rongcheng/ledger/{counted[random.Next(counted.Count)]}/reversal", new { reason = "Recorded in error." });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task AgreeAsync(HttpClient client, IReadOnlyList<TestRule> rules, List<Guid> subjects, string because)
    {
        var now = _clock.GetUtcNow();
        var scheme = await SchemeAsync();
        var expected = new Dictionary<Guid, Stored>();
        foreach (var subject in subjects)
        {
            var lines = await CountedAsync(subject);
            var result = ScoreCalculator.Compute(scheme.Definition, lines.Select(l => l.Line), now);
            var state = ScoreState.Of(scheme.Definition, lines.Select(l => l.Line), now);
            state.NextChange.ShouldBe(ScoreHorizon.NextChange(lines.Select(l => l.Line), now), because);
            expected[subject] = new Stored(result.Score, result.Band, state.NextChange, state.Points, state.OverrideBand, state.OverrideUntil);

            foreach (var rule in rules)
            {
                CapsHold(rule, [.. lines.Where(l => l.Rule == rule.Code).Select(l => l.Line)], $"{because}, {rule.Code}");
            }

            var read = await client.ScoreAsync(subject);
            (read.GetProperty("score").GetInt32(), read.GetProperty("band").GetString()).ShouldBe((result.Score, result.Band), because);

            // A stored row (score and running state) is current unless a lapse is due; a due one is what the read above
            // recomputed, and what the next write recomputes.
            var stored = await StoredAsync(subject);
            if (stored.NextChange is not { } due || due > now)
            {
                stored.ShouldBe(expected[subject], because);
            }
        }

        await RecomputeAsync();
        foreach (var subject in subjects)
        {
            (await StoredAsync(subject)).ShouldBe(expected[subject], because);
        }
    }

    private static void CapsHold(TestRule rule, List<LedgerLine> lines, string because)
    {
        foreach (var cap in rule.Definition.Caps)
        {
            foreach (var end in lines.Select(l => l.OccurredAt))
            {
                var window = lines.Where(l => l.OccurredAt > end.AddDays(-cap.PeriodDays) && l.OccurredAt <= end).ToList();
                if (cap.MaxPoints is { } max)
                {
                    Math.Abs(window.Sum(l => (long)l.Points)).ShouldBeLessThanOrEqualTo(max, because);
                }

                if (cap.MaxOccurrences is { } occurrences)
                {
                    window.Count(l => l.Points != 0).ShouldBeLessThanOrEqualTo(occurrences, because);
                }
            }
        }
    }

    /// <summary>Rules of every shape the engine knows, drafted and approved through the API (four eyes).</summary>
    private async Task<IReadOnlyList<TestRule>> DraftRulesAsync()
    {
        using var drafter = Factory.ApiClient(await Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        using var approver = Factory.ApiClient(await Factory.CreateKeyAsync("rongcheng", "rules:write", "rules:read"));
        var from = Start.AddYears(-2);
        var shapes = new (RuleDefinition Rule, bool PerUnit)[]
        {
            (Shape(PointsDelta.Fixed(-5), [new Cap(30, MaxPoints: 15)], expiryMonths: 12), false),
            (Shape(PointsDelta.PerUnit(-3, 1m, "months", maxQuantity: 10m), [new Cap(60, MaxPoints: 20), new Cap(14, MaxOccurrences: 2)]), true),
            (Shape(PointsDelta.Fixed(4), [new Cap(20, MaxOccurrences: 1)], expiryMonths: 1), false),
            (Shape(PointsDelta.Fixed(-30), [new Cap(90, MaxOccurrences: 2)], expiryMonths: 2, bandOverride: new BandOverride("C", 45)), false),
            (Shape(PointsDelta.PerUnit(1, 2m, "hours", maxQuantity: 10m), [], expiryMonths: 3), true),
        };

        var rules = new List<TestRule>();
        foreach (var (rule, perUnit) in shapes)
        {
            var code = ScoringApi.NewRuleCode();
            var body = JsonSerializer.SerializeToNode(ScoringApi.FixedRule(code, rule.Delta.Points, effectiveFrom: from))!;
            body["delta"] = JsonSerializer.SerializeToNode(new
            {
                kind = rule.Delta.Kind.ToString(), points = rule.Delta.Points, unitSize = rule.Delta.UnitSize,
                quantityUnit = rule.Delta.QuantityUnit, maxQuantity = rule.Delta.MaxQuantity,
            });
            body["caps"] = JsonSerializer.SerializeToNode(rule.Caps.Select(c => new { periodDays = c.PeriodDays, maxPoints = c.MaxPoints, maxOccurrences = c.MaxOccurrences }));
            body["expiryMonths"] = rule.ExpiryMonths;
            if (rule.BandOverride is { } band)
            {
                body["bandOverride"] = JsonSerializer.SerializeToNode(new { band = band.Band, durationDays = band.DurationDays });
            }

            await drafter.DraftAndApproveAsync(approver, body);
            rules.Add(new TestRule(code, rule, perUnit));
        }

        return rules;

        RuleDefinition Shape(PointsDelta delta, Cap[] caps, int? expiryMonths = null, BandOverride? bandOverride = null) => new()
        {
            Code = "", Version = 1, TitleZh = "", TitleEn = "", Category = "", LegalBasis = "",
            SubjectKinds = [], Delta = delta, Caps = caps, ExpiryMonths = expiryMonths, BandOverride = bandOverride, EffectiveFrom = from,
        };
    }

    private async Task<SchemeVersion> SchemeAsync()
    {
        using var scope = TenantScope(await Factory.TenantIdAsync("rongcheng"));
        return await scope.ServiceProvider.GetRequiredService<IAppDbContext>().RequireCurrentSchemeAsync(CancellationToken.None);
    }

    private async Task RecomputeAsync()
    {
        using var scope = TenantScope(await Factory.TenantIdAsync("rongcheng"));
        await scope.ServiceProvider.GetRequiredService<IScoreRecomputer>().RecomputeAsync(CancellationToken.None);
    }

    private IServiceScope TenantScope(Guid tenantId)
    {
        var scope = Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, "rongcheng");
        return scope;
    }

    /// <summary>The subject's entries that count, straight from the table: reversed entries and reversals left out.</summary>
    private async Task<List<(string Rule, LedgerLine Line)>> CountedAsync(Guid subject)
    {
        await using var connection = Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("""
            SELECT e.rule_code, e.points, e.occurred_at, e.expires_at, e.band_override, e.band_override_until
            FROM ledger_entries e
            WHERE e.subject_id = $1 AND e.reverses_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.tenant_id = e.tenant_id AND r.reverses_id = e.id)
            ORDER BY e.occurred_at
            """, connection) { Parameters = { new() { Value = subject } } };
        var lines = new List<(string, LedgerLine)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add((reader.GetString(0), new LedgerLine(
                reader.GetInt32(1),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5))));
        }

        return lines;
    }

    private sealed record Stored(int Score, string? Band, DateTimeOffset? NextChange, long Points, string? Override, DateTimeOffset? OverrideUntil);

    private async Task<Stored> StoredAsync(Guid subject)
    {
        await using var connection = Factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand(
            "SELECT score, band, next_change_at, points, band_override, band_override_until FROM scores WHERE subject_id = $1", connection)
        {
            Parameters = { new() { Value = subject } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return new Stored(
            reader.GetInt32(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));
    }
}
