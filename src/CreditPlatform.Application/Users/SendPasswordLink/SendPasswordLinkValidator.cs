using FluentValidation;

namespace CreditPlatform.Application.Users.SendPasswordLink;

public sealed class SendPasswordLinkValidator : AbstractValidator<SendPasswordLink>
{
    public SendPasswordLinkValidator() => RuleFor(x => x.UserId).NotEmpty();
}
