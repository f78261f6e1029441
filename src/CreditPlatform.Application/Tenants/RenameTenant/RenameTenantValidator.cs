using CreditPlatform.Domain.Tenants;
using FluentValidation;

namespace CreditPlatform.Application.Tenants.RenameTenant;

public sealed class RenameTenantValidator : AbstractValidator<RenameTenant>
{
    public RenameTenantValidator()
    {
        RuleFor(x => x.NameZh).NotEmpty().WithMessage(TenantMessages.NameZh).MaximumLength(Tenant.NameMaxLength / 2 - 1);
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(TenantMessages.NameEn).MaximumLength(Tenant.NameMaxLength / 2 - 1);
    }
}
