using CreditPlatform.Domain.Tenants;
using FluentValidation;

namespace CreditPlatform.Application.Tenants.MoveTenant;

public sealed class MoveTenantValidator : AbstractValidator<MoveTenant>
{
    public MoveTenantValidator() => RuleFor(x => x.Parent).MaximumLength(Tenant.SlugMaxLength);
}
