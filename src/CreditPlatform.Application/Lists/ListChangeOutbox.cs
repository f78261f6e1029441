using System.Text.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Outbox;
using CreditPlatform.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists;

/// <summary>What a webhook subscriber receives when an entry is made or ends. Identifiers only masked.</summary>
public sealed record ListChangeMessage(Guid DeliveryId, string Event, DateTimeOffset OccurredAt, ListChangeEntry Entry);

public sealed record ListChangeEntry(
    Guid Id,
    string List,
    string Authority,
    string ListKind,
    string Kind,
    string MaskedIdentifier,
    string Name,
    string Status,
    string Reason,
    string DocumentNumber,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt,
    string? RemovalReason,
    string? Role,
    Guid? LinkedTo,
    IReadOnlyList<string> Measures);

/// <summary>
/// Writes one outbox message per subscriber and changed entry, in the caller's transaction, so a
/// change and the news of it commit together. Subscribers see national lists and their own tenant's.
/// </summary>
public static class ListChangeOutbox
{
    public const string Created = "listEntry.created";
    public const string Removed = "listEntry.removed";
    public const string WebhookDestination = "webhook:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task EnqueueAsync(
        IAppDbContext db, CreditList list, string authority, string topic, IReadOnlyCollection<ListEntry> entries, DateTimeOffset now, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var national = list.Scope == ListScope.National;
        var code = list.Code;
        var ownerTenant = list.TenantId;
        var subscribers = await db.Set<WebhookSubscription>()
            .Where(s => s.DisabledAt == null
                && (s.Lists.Length == 0 || s.Lists.Contains(code))
                && (national || s.OwnerTenantId == ownerTenant))
            .Select(s => s.Id)
            .ToListAsync(ct);

        foreach (var subscriber in subscribers)
        {
            foreach (var entry in entries)
            {
                var id = Guid.CreateVersion7();
                var message = new ListChangeMessage(id, topic, now, new ListChangeEntry(
                    entry.Id, code, authority, ApiNames.Of(list.Kind), SubjectDto.KindName(entry.SubjectKind), entry.MaskedIdentifier,
                    entry.Name, ApiNames.Of(entry.Status), entry.Reason, entry.DocumentNumber, entry.ListedAt, entry.ExpiresAt,
                    ApiNames.Of(entry.RemovalReason), ApiNames.Of(entry.LinkRole), entry.LinkedToEntryId, entry.Measures));
                db.Set<OutboxMessage>().Add(new OutboxMessage
                {
                    TenantId = list.TenantId,
                    Id = id,
                    Topic = topic,
                    Payload = JsonSerializer.Serialize(message, Json),
                    Destination = WebhookDestination + subscriber,
                    NextAttemptAt = now,
                    CreatedAt = now,
                });
            }
        }
    }
}
