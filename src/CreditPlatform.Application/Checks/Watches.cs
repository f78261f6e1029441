using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Subjects;

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

/// <summary>Watch identifiers (in the body only): a signed webhook on each change of a watched identifier's entries.</summary>
public sealed record CreateWatch(IReadOnlyList<string?>? Identifiers, Guid? WebhookId) : IRequest<WatchDto>
{
    public const int MaxIdentifiers = 1000;
}

public sealed class CreateWatchHandler(IWatchStore store, IIdentifierProtector protector, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<CreateWatch, WatchDto>
{
    public async ValueTask<WatchDto> Handle(CreateWatch request, CancellationToken cancellationToken)
    {
        if (request.Identifiers is not { Count: > 0 and <= CreateWatch.MaxIdentifiers } identifiers)
        {
            throw RequestValidationException.For("identifiers", $"Name between 1 and {CreateWatch.MaxIdentifiers} identifiers.");
        }

        var errors = new Dictionary<string, string[]>();
        var watched = new Dictionary<string, WatchedIdentifier>(StringComparer.Ordinal);
        for (var i = 0; i < identifiers.Count; i++)
        {
            if (identifiers[i] is not { } raw || Identifier.DetectKind(raw) is null)
            {
                // The index only: the value itself is never echoed.
                errors[$"identifiers[{i}]"] = ["Not a valid resident identity number or unified social credit code."];
                continue;
            }

            var hash = protector.Hash(Identifier.Normalize(raw));
            watched.TryAdd(Convert.ToHexString(hash), new WatchedIdentifier(hash, Identifier.Mask(raw)));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (request.WebhookId is { } webhook && !await store.WebhookIsOwnersAsync(webhook, actor.TenantId, cancellationToken))
        {
            throw RequestValidationException.For("webhookId", "No live webhook of your jurisdiction has this id.");
        }

        return await store.AddAsync(actor.Label, actor.TenantId, [.. watched.Values], request.WebhookId, clock.GetUtcNow(), cancellationToken);
    }
}
