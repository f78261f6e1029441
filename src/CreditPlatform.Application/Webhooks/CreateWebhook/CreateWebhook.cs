using System.Security.Cryptography;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks.CreateWebhook;

/// <summary>
/// Subscribe an external system to list changes. Deliveries are signed with the secret (HMAC-SHA256
/// of the body); when none is given one is generated and shown once.
/// </summary>
public sealed record CreateWebhook(string? Url, IReadOnlyList<string>? Lists, string? Secret) : ICommand<CreatedWebhook>;

public sealed record CreatedWebhook(Guid Id, string Url, IReadOnlyList<string> Lists, string? Secret);

public sealed class CreateWebhookHandler(IAppDbContext db, ICurrentActor actor, IIdentifierProtector protector, CreditPlatform.Application.Lists.IListCatalogue catalogue, TimeProvider clock)
    : ICommandHandler<CreateWebhook, CreatedWebhook>
{
    public async ValueTask<CreatedWebhook> Handle(CreateWebhook request, CancellationToken cancellationToken)
    {
        var lists = (request.Lists ?? []).Select(l => l.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        if (lists.Length > 0)
        {
            // A subscriber may follow national lists and its own jurisdiction's local lists.
            var visible = await catalogue.FollowableCodesAsync(actor.TenantId, cancellationToken);
            var unknown = lists.Where(l => !visible.Contains(l, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                throw RequestValidationException.For("lists", WebhookErrorCodes.ListUnknown, $"No list you may follow has the code {string.Join(", ", unknown)}.");
            }
        }

        var generated = request.Secret is null ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : null;
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(),
            OwnerTenantId = actor.TenantId,
            Url = request.Url!.Trim(),
            Lists = lists,
            // The protector's authenticated encryption keeps the secret readable to the signer only.
            SecretCipher = protector.Encrypt(request.Secret ?? generated!),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Label,
        };
        db.Set<WebhookSubscription>().Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhook(subscription.Id, subscription.Url, lists, generated);
    }
}
