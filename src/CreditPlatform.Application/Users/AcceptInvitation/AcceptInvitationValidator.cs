using FluentValidation;

namespace CreditPlatform.Application.Users.AcceptInvitation;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(256);
    }
}
