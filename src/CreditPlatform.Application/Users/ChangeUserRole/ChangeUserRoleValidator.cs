using FluentValidation;

namespace CreditPlatform.Application.Users.ChangeUserRole;

public sealed class ChangeUserRoleValidator : AbstractValidator<ChangeUserRole>
{
    public ChangeUserRoleValidator() =>
        RuleFor(x => x.Role).Must(r => r is not null && AccountRoles.Assignable.Contains(r.Trim())).WithErrorCode(UserErrorCodes.RoleInvalid).WithMessage(UserMessages.Role);
}
