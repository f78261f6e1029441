using FluentValidation;

namespace CreditPlatform.Application.Users.InviteUser;

public sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithErrorCode(UserErrorCodes.UserNameRequired).WithMessage(UserMessages.UserName);
        RuleFor(x => x.UserName).Matches("^[a-z0-9][a-z0-9._-]{1,63}$").When(x => !string.IsNullOrEmpty(x.UserName)).WithErrorCode(UserErrorCodes.UserNameShape).WithMessage(UserMessages.UserNameShape);
        RuleFor(x => x.DisplayName).NotEmpty().WithErrorCode(UserErrorCodes.DisplayNameRequired).WithMessage(UserMessages.DisplayName).MaximumLength(200);
        RuleFor(x => x.Department).MaximumLength(200);
        RuleFor(x => x.Role).Must(r => r is not null && AccountRoles.Assignable.Contains(r.Trim())).WithErrorCode(UserErrorCodes.RoleInvalid).WithMessage(UserMessages.Role);
        RuleFor(x => x.Email).NotEmpty().WithErrorCode(UserErrorCodes.EmailRequired).WithMessage(UserMessages.Email).MaximumLength(256);
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrEmpty(x.Email)).WithErrorCode(UserErrorCodes.EmailInvalid).WithMessage(UserMessages.Email);
    }
}
