using CreditPlatform.Domain.Tenants;
using FluentValidation;

namespace CreditPlatform.Application.Tenants.CreateTenant;

public sealed class CreateTenantValidator : AbstractValidator<CreateTenant>
{
    public CreateTenantValidator()
    {
        RuleFor(x => x.Slug).NotEmpty().WithMessage(TenantMessages.Slug);
        RuleFor(x => x.Slug).Must(Jurisdictions.IsSlug).When(x => !string.IsNullOrEmpty(x.Slug)).WithMessage(TenantMessages.Slug);
        RuleFor(x => x.NameZh).NotEmpty().WithMessage(TenantMessages.NameZh).MaximumLength(Tenant.NameMaxLength / 2 - 1);
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(TenantMessages.NameEn).MaximumLength(Tenant.NameMaxLength / 2 - 1);
        RuleFor(x => x.Kind).Must(k => Jurisdictions.ParseKind(k) is not null)
            .WithMessage(_ => TenantMessages.Kind);
        RuleFor(x => x.Parent).MaximumLength(Tenant.SlugMaxLength);
    }
}
