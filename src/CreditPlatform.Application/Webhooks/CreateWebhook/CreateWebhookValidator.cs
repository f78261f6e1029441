using System.Security.Cryptography;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Webhooks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator()
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(WebhookSubscription.UrlMaxLength)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && string.IsNullOrEmpty(uri.UserInfo))
            .WithErrorCode(WebhookErrorCodes.UrlInvalid).WithMessage("The URL must be an absolute http or https address without credentials.");
        RuleFor(x => x.Secret).MinimumLength(16).MaximumLength(200).When(x => x.Secret is not null)
            .WithErrorCode(WebhookErrorCodes.SecretLength).WithMessage("A signing secret has 16 to 200 characters.");
        RuleForEach(x => x.Lists).NotEmpty().MaximumLength(Domain.Lists.CreditList.CodeMaxLength);
    }
}
