using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Subjects;
using Mediator;

namespace CreditPlatform.Application.Checks;

/// <summary>A watch as its owner sees it: the identifiers masked only.</summary>
public sealed record WatchDto(Guid Id, IReadOnlyList<string> MaskedIdentifiers, Guid? WebhookId, DateTimeOffset CreatedAt);

/// <summary>What is stored of a watched identifier: its keyed hash and its masked form, never the identifier.</summary>
public sealed record WatchedIdentifier(byte[] Hash, string Masked);

/// <summary>Watches of the caller (owner label and jurisdiction), stored in migration 0062's tables.</summary>
public interface IWatchStore
{
    /// <summary>False when the webhook is not one of the caller's jurisdiction's live webhooks.</summary>
    Task<bool> WebhookIsOwnersAsync(Guid webhookId, Guid? ownerTenant, CancellationToken ct);

    Task<WatchDto> AddAsync(string owner, Guid? ownerTenant, IReadOnlyList<WatchedIdentifier> identifiers, Guid? webhookId, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<WatchDto>> ListAsync(string owner, CancellationToken ct);

    /// <summary>False when the caller has no live watch with this id.</summary>
    Task<bool> DeleteAsync(string owner, Guid id, DateTimeOffset now, CancellationToken ct);
}
