using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks.GetWebhooks;

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
