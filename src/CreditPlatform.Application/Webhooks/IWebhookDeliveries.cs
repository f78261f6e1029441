using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks;

using CreditPlatform.Application.Webhooks.GetWebhookDeliveries;

public interface IWebhookDeliveries
{
    Task<IReadOnlyList<WebhookDeliveryDto>> ListAsync(Guid webhookId, int limit, CancellationToken ct);
}
