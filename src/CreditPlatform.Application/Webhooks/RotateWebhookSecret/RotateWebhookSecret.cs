using System.Security.Cryptography;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks.RotateWebhookSecret;

/// <summary>
/// Give one of the caller's webhooks a new signing secret (the one given, or a generated one shown once). For
/// <see cref="OverlapHours"/> (24 by default, 0 to 168) deliveries carry a signature under each secret, so the
/// receiver can switch to the new one without refusing a delivery.
/// </summary>
public sealed record RotateWebhookSecret(Guid Id, string? Secret, int? OverlapHours) : ICommand<RotatedWebhookSecret>;

/// <summary><see cref="Secret"/> is the generated secret (null when the caller gave one); the old one signs until <see cref="PreviousSecretValidUntil"/>.</summary>
public sealed record RotatedWebhookSecret(Guid Id, string? Secret, DateTimeOffset? PreviousSecretValidUntil);

public sealed class RotateWebhookSecretHandler(IAppDbContext db, ICurrentActor actor, IIdentifierProtector protector, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecret, RotatedWebhookSecret>
{
    public const int DefaultOverlapHours = 24;

    public async ValueTask<RotatedWebhookSecret> Handle(RotateWebhookSecret request, CancellationToken cancellationToken)
    {
        var subscription = await db.Set<WebhookSubscription>().FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
        if (subscription is null || subscription.OwnerTenantId != actor.TenantId || subscription.DisabledAt is not null)
        {
            throw new NotFoundException("You have no live webhook with this id.");
        }

        var generated = request.Secret is null ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : null;
        var now = clock.GetUtcNow();
        subscription.RotateSecret(protector.Encrypt(request.Secret ?? generated!), now, TimeSpan.FromHours(request.OverlapHours ?? DefaultOverlapHours));
        await db.SaveChangesAsync(cancellationToken);
        return new RotatedWebhookSecret(subscription.Id, generated, subscription.PreviousSecretUntil);
    }
}
