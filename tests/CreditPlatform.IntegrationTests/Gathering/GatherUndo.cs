using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Persistence.Seed;
using CreditPlatform.IntegrationTests.Infrastructure;
using CreditPlatform.IntegrationTests.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CreditPlatform.IntegrationTests.Gathering;

/// <summary>What the undo tests do again and again: a Majia rule and villager, an entry recorded as a gatherer, the undo form.</summary>
internal static partial class GatherUndo
{
    public const string Majia = "majia";

    /// <summary>Records an event as whoever <paramref name="client"/> is (a signed-in gatherer or a key) and returns its entry.</summary>
    public static async Task<Guid> RecordAsync(HttpClient client, Guid subject, string rule, DateTimeOffset occurredAt, string tenant = Majia)
    {
        var body = await client.RecordAsync(subject, rule, occurredAt, tenant: tenant);
        return body.GetProperty("entries")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Posts the undo form of /gather/today, as the confirm step does.</summary>
    public static async Task<HttpResponseMessage> UndoAsync(HttpClient client, Guid entryId, string choice = "mistake", string? details = null)
    {
        var page = await client.GetStringAsync("/gather/today");
        return await client.PostAsync($"/gather/today?handler=Undo&undo={entryId}", Form(page, choice, details));
    }

    public static FormUrlEncodedContent Form(string page, string choice = "mistake", string? details = null) => new(new Dictionary<string, string>
    {
        ["Form.Choice"] = choice,
        ["Form.Details"] = details ?? "",
        ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
    });

    /// <summary>A second gatherer of Majia, with the demo password.</summary>
    public static async Task<string> SecondGathererAsync(CreditPlatformFactory factory)
    {
        var userName = "mj.gatherer." + Guid.NewGuid().ToString("N")[..8];
        using var scope = factory.Services.CreateScope();
        await DemoSeeder.CreateUserAsync(scope.ServiceProvider, userName, "Ma Fang 马芳", Roles.Gatherer,
            await factory.TenantIdAsync(Majia), "Majia Village Committee 马家村委会", null);
        return userName;
    }

    /// <summary>The reversals of an entry, read as the owner (every tenant).</summary>
    public static async Task<List<(string Recorder, string Reason, int Points)>> ReversalsOfAsync(CreditPlatformFactory factory, Guid entryId)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT recorder, reason, points FROM ledger_entries WHERE reverses_id = $1", owner)
        {
            Parameters = { new() { Value = entryId } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        List<(string, string, int)> rows = [];
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return rows;
    }

    public static async Task<long> AuditCountAsync(CreditPlatformFactory factory, string action, Guid subject)
    {
        await using var owner = factory.OpenOwnerConnection();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE action = $1 AND subject_id = $2", owner)
        {
            Parameters = { new() { Value = action }, new() { Value = subject } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<JsonElement> LedgerAsync(CreditPlatformFactory factory, Guid subject)
    {
        using var platform = factory.ApiClient();
        return await platform.LedgerAsync(subject, Majia);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
