using CreditPlatform.Domain.Tenants;
using FluentValidation;

namespace CreditPlatform.Application.Tenants.RenameTenant;

public sealed class RenameTenantValidator : AbstractValidator<RenameTenant>
{
    public RenameTenantValidator()
    {
        RuleFor(x => x.NameZh).NotEmpty().WithErrorCode(TenantErrorCodes.NameZhRequired).WithMessage(TenantMessages.NameZh).MaximumLength(Tenant.NameMaxLength / 2 - 1);
        RuleFor(x => x.NameEn).NotEmpty().WithErrorCode(TenantErrorCodes.NameEnRequired).WithMessage(TenantMessages.NameEn).MaximumLength(Tenant.NameMaxLength / 2 - 1);
    }
}
