using FluentValidation;

namespace CreditPlatform.Application.Tenants.CloseTenant;

public sealed class CloseTenantValidator : AbstractValidator<CloseTenant>
{
    public CloseTenantValidator() => RuleFor(x => x.Slug).NotEmpty();
}
