using System.Net.Http.Json;
using System.Text.Json;
using CreditPlatform.Infrastructure.Appeals;
using CreditPlatform.Infrastructure.Jobs;
using CreditPlatform.Infrastructure.Outbox;
using CreditPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CreditPlatform.IntegrationTests.Appeals;

/// <summary>The calls the due-process tests make, as clients would make them.</summary>
internal static class AppealsApi
{
    public const string Tenant = "rongcheng";

    public static Task<HttpResponseMessage> FileAsync(HttpClient client, Guid? ledgerEntryId = null, Guid? listEntryId = null, string tenant = Tenant) =>
        client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/appeals", new { ledgerEntryId, listEntryId, reason = "记录对象有误 The wrong person was recorded." });

    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid appealId, string outcome, int? adjustedPoints = null, string tenant = Tenant) =>
        client.PostAsJsonAsync($"/api/v1/tenants/{tenant}/appeals/{appealId}/decision",
            new { outcome, reasons = "经核查记录有误 The record was checked and found wrong.", adjustedPoints });

    public static async Task<JsonElement> NotificationsAsync(HttpClient client, Guid subjectId, string tenant = Tenant)
    {
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/subjects/{subjectId}/notifications");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> AppealAsync(HttpClient client, Guid appealId, string tenant = Tenant)
    {
        using var response = await client.GetAsync($"/api/v1/tenants/{tenant}/appeals?open=false");
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == appealId);
    }

    /// <summary>Runs one pass of a scheduled job now, in this test's thread (a firing of the scheduler beside it is safe).</summary>
    public static Task<int> RunJobAsync(CreditPlatformFactory factory, string job) =>
        factory.Services.GetRequiredService<JobRunner>().RunOnceAsync(job);

    /// <summary>
    /// The subject's notices of <paramref name="kind"/> once there are at least <paramref name="count"/>. Deduction
    /// notices are made after commit by the outbox worker, so this runs outbox passes while it waits (a pass beside the
    /// host's own claims other messages: both are safe at once).
    /// </summary>
    public static async Task<List<JsonElement>> NoticesOfKindAsync(
        CreditPlatformFactory factory, HttpClient client, Guid subjectId, string kind, int count = 1, string tenant = Tenant)
    {
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        List<JsonElement> found = [];
        await Eventually.HoldsAsync(async () =>
        {
            found = [.. (await NotificationsAsync(client, subjectId, tenant)).EnumerateArray().Where(n => n.GetProperty("kind").GetString() == kind)];
            if (found.Count >= count)
            {
                return true;
            }

            await dispatcher.RunOnceAsync(CancellationToken.None);
            return false;
        }, $"{count} {kind} notice(s) are made");
        return found;
    }

    public static Guid EntryId(JsonElement recorded) => recorded.GetProperty("entries")[0].GetProperty("id").GetGuid();
}
