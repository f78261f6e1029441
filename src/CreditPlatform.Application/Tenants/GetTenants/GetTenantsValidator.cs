using FluentValidation;

namespace CreditPlatform.Application.Tenants.GetTenants;

public sealed class GetTenantsValidator : AbstractValidator<GetTenants>
{
    public GetTenantsValidator() => RuleFor(x => x.Search).MaximumLength(200);
}
