using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks;

public sealed record WebhookDto(Guid Id, string Url, IReadOnlyList<string> Lists, DateTimeOffset CreatedAt);

/// <summary>The caller's own subscriptions (a jurisdiction's, or the platform's).</summary>
public sealed record GetWebhooks : IRequest<IReadOnlyList<WebhookDto>>;

public sealed class GetWebhooksHandler(IAppDbContext db, ICurrentActor actor) : IRequestHandler<GetWebhooks, IReadOnlyList<WebhookDto>>
{
    public async ValueTask<IReadOnlyList<WebhookDto>> Handle(GetWebhooks request, CancellationToken cancellationToken)
    {
        var owner = actor.TenantId;
        return await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(s => s.DisabledAt == null && s.OwnerTenantId == owner)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new WebhookDto(s.Id, s.Url, s.Lists, s.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Stop deliveries to a subscription; messages still queued for it are not sent.</summary>
public sealed record DisableWebhook(Guid Id) : ICommand<bool>;

public sealed class DisableWebhookHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<DisableWebhook, bool>
{
    public async ValueTask<bool> Handle(DisableWebhook request, CancellationToken cancellationToken)
    {
        var subscription = await db.Set<WebhookSubscription>().FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
        if (subscription is null || subscription.OwnerTenantId != actor.TenantId)
        {
            throw new NotFoundException("No such webhook subscription.");
        }

        subscription.DisabledAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
