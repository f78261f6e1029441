using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Subjects;
using Mediator;

namespace CreditPlatform.Application.Checks.CreateWatch;

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
            throw RequestValidationException.For("identifiers", CheckErrorCodes.WatchIdentifiersCount, $"Name between 1 and {CreateWatch.MaxIdentifiers} identifiers.");
        }

        var errors = new List<FieldFailure>();
        var watched = new Dictionary<string, WatchedIdentifier>(StringComparer.Ordinal);
        for (var i = 0; i < identifiers.Count; i++)
        {
            if (identifiers[i] is not { } raw || Identifier.DetectKind(raw) is null)
            {
                // The index only: the value itself is never echoed.
                errors.Add(new FieldFailure($"identifiers[{i}]", CheckErrorCodes.IdentifierUnrecognised, "Not a valid resident identity number or unified social credit code."));
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
            throw RequestValidationException.For("webhookId", CheckErrorCodes.WatchWebhookUnknown, "No live webhook of your jurisdiction has this id.");
        }

        return await store.AddAsync(actor.Label, actor.TenantId, [.. watched.Values], request.WebhookId, clock.GetUtcNow(), cancellationToken);
    }
}
