using FluentValidation;

namespace CreditPlatform.Application.Tenants.GetTenant;

public sealed class GetTenantValidator : AbstractValidator<GetTenant>
{
    public GetTenantValidator() => RuleFor(x => x.Slug).NotEmpty();
}
