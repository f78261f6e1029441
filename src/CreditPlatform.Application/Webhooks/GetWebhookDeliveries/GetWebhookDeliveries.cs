using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks.GetWebhookDeliveries;

/// <summary>One delivery of a webhook: its delivery id, event, attempts so far and state.</summary>
public sealed record WebhookDeliveryDto(
    Guid DeliveryId, string Event, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, string? LastError);

/// <summary>The delivery log of one of the caller's webhooks, newest first.</summary>
public sealed record GetWebhookDeliveries(Guid Id) : IRequest<IReadOnlyList<WebhookDeliveryDto>>
{
    public const int Limit = 200;
}

public sealed class GetWebhookDeliveriesHandler(IAppDbContext db, ICurrentActor actor, IWebhookDeliveries deliveries)
    : IRequestHandler<GetWebhookDeliveries, IReadOnlyList<WebhookDeliveryDto>>
{
    public async ValueTask<IReadOnlyList<WebhookDeliveryDto>> Handle(GetWebhookDeliveries request, CancellationToken cancellationToken)
    {
        var subscription = await db.Set<WebhookSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
        if (subscription is null || subscription.OwnerTenantId != actor.TenantId)
        {
            throw new NotFoundException("No such webhook subscription.");
        }

        return await deliveries.ListAsync(request.Id, GetWebhookDeliveries.Limit, cancellationToken);
    }
}
