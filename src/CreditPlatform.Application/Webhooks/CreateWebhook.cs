using System.Security.Cryptography;
using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks;

/// <summary>
/// Subscribe an external system to list changes. Deliveries are signed with the secret (HMAC-SHA256
/// of the body); when none is given one is generated and shown once.
/// </summary>
public sealed record CreateWebhook(string? Url, IReadOnlyList<string>? Lists, string? Secret) : ICommand<CreatedWebhook>;

public sealed record CreatedWebhook(Guid Id, string Url, IReadOnlyList<string> Lists, string? Secret);

public sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator()
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(WebhookSubscription.UrlMaxLength)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && string.IsNullOrEmpty(uri.UserInfo))
            .WithMessage("The URL must be an absolute http or https address without credentials.");
        RuleFor(x => x.Secret).MinimumLength(16).MaximumLength(200).When(x => x.Secret is not null)
            .WithMessage("A signing secret has 16 to 200 characters.");
        RuleForEach(x => x.Lists).NotEmpty().MaximumLength(Domain.Lists.CreditList.CodeMaxLength);
    }
}

public sealed class CreateWebhookHandler(IAppDbContext db, ICurrentActor actor, IIdentifierProtector protector, TimeProvider clock)
    : ICommandHandler<CreateWebhook, CreatedWebhook>
{
    public async ValueTask<CreatedWebhook> Handle(CreateWebhook request, CancellationToken cancellationToken)
    {
        var lists = (request.Lists ?? []).Select(l => l.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        if (lists.Length > 0)
        {
            // Through the public catalogue (list_catalogue, migration 0003): a subscriber may follow
            // national lists and its own jurisdiction's local lists.
            var visible = await db.Database.SqlQuery<string>(
                    $"SELECT code AS \"Value\" FROM list_catalogue() WHERE scope = 'National' OR tenant_id = {actor.TenantId}")
                .ToListAsync(cancellationToken);
            var unknown = lists.Where(l => !visible.Contains(l, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                throw RequestValidationException.For("lists", $"No list you may follow has the code {string.Join(", ", unknown)}.");
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
