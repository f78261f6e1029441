using FluentValidation;

namespace CreditPlatform.Application.Webhooks.RotateWebhookSecret;

public sealed class RotateWebhookSecretValidator : AbstractValidator<RotateWebhookSecret>
{
    public RotateWebhookSecretValidator()
    {
        RuleFor(x => x.Secret).MinimumLength(16).MaximumLength(200).When(x => x.Secret is not null)
            .WithErrorCode(WebhookErrorCodes.SecretLength).WithMessage("A signing secret has 16 to 200 characters.");
        RuleFor(x => x.OverlapHours).InclusiveBetween(0, 168).When(x => x.OverlapHours is not null)
            .WithErrorCode(WebhookErrorCodes.OverlapOutOfRange).WithMessage("overlapHours is between 0 and 168 (seven days).");
    }
}
