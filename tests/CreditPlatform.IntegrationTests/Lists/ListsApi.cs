using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.IntegrationTests.Infrastructure;

namespace CreditPlatform.IntegrationTests.Lists;

/// <summary>The calls the list and check tests make, as a client would make them.</summary>
internal static class ListsApi
{
    private static int _lists;

    public static string NewCode(string prefix = "TEST") => $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _lists)}";

    /// <summary>
    /// Publishes a list as an authority does: <paramref name="client"/> drafts it and a second credential, a key it
    /// issues (a person of its own), approves it. A list is never created in one step. Returns the first refusal, else
    /// the approval (the draft, with the list's id).
    /// </summary>
    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string tenant, object proposal)
    {
        var drafted = await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/list-drafts", proposal);
        if (!drafted.IsSuccessStatusCode)
        {
            return drafted;
        }

        var id = (await drafted.ReadJsonAsync()).GetProperty("id").GetGuid();
        drafted.Dispose();
        using var issued = await client.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "second official", tenant, scopes = new[] { "lists:write", "lists:read" } });
        issued.EnsureSuccessStatusCode();
        using var approver = new HttpClient { BaseAddress = client.BaseAddress };
        approver.DefaultRequestHeaders.Add("X-Api-Key", (await issued.ReadJsonAsync()).GetProperty("secret").GetString());
        return await approver.PostAsync($"/api/v1/tenants/{tenant}/list-drafts/{id}/approval", null);
    }

    /// <summary>Publishes a list (<see cref="PublishAsync"/>) and returns its code.</summary>
    public static async Task<string> CreateListAsync(
        HttpClient client,
        string tenant,
        string kind = "black",
        string scope = "national",
        string legalRepresentative = "none",
        string[]? measures = null,
        string[]? representativeMeasures = null,
        int defaultDurationDays = 365,
        int maximumDurationDays = 730)
    {
        var code = NewCode();
        using var response = await PublishAsync(client, tenant, new
        {
            code,
            name = "测试名单 Test list",
            kind,
            sector = "finance",
            scope,
            legalBasis = "Test regulation, Art. 1",
            defaultDurationDays,
            maximumDurationDays,
            legalRepresentative,
            representativeMeasures,
            measures = measures ?? (kind == "black" ? ["LOAN", "GOV_TENDER"] : ["GREEN_CHANNEL"]),
        });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating a list failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return code;
    }

    public static Task<HttpResponseMessage> AddEntryAsync(HttpClient client, string tenant, string list, object body) =>
        client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/lists/{list}/entries", body);

    /// <summary>Lists a subject and returns the 201 body.</summary>
    public static async Task<JsonElement> ListAsync(HttpClient client, string tenant, string list, string identifier, string kind = "person",
        object? legalRepresentative = null, DateTimeOffset? expiresAt = null, string name = "测试对象")
    {
        using var response = await AddEntryAsync(client, tenant, list, new
        {
            identifier,
            kind,
            name,
            reason = "有履行能力而拒不履行 Able to perform but refuses",
            documentNumber = "(2026)测01执1号",
            expiresAt,
            legalRepresentative,
        });
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Listing failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadJsonAsync();
    }

    public static async Task<HttpResponseMessage> RemoveAsync(HttpClient client, string tenant, string list, Guid id, string reason = "performed") =>
        await client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/lists/{list}/entries/{id}/removal", new { reason, note = "义务已履行 Obligation performed" });

    public static async Task<JsonElement> GetEntryAsync(HttpClient client, string tenant, string list, Guid id)
    {
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/lists/{list}/entries/{id}");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    /// <summary>Checks the identifiers and returns the results array.</summary>
    public static async Task<JsonElement> CheckAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/checks", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Check failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.ReadJsonAsync()).GetProperty("results");
    }

    public static async Task<bool> IsRestrictedAsync(HttpClient client, string identifier, string? measure = null) =>
        (await CheckAsync(client, new { identifiers = new[] { identifier }, measure }))[0].GetProperty("restricted").GetBoolean();

    public static string[] Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
