using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks.DisableWebhook;

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
