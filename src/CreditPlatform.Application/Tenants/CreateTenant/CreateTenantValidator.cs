using CreditPlatform.Domain.Tenants;
using FluentValidation;

namespace CreditPlatform.Application.Tenants.CreateTenant;

public sealed class CreateTenantValidator : AbstractValidator<CreateTenant>
{
    public CreateTenantValidator()
    {
        RuleFor(x => x.Slug).NotEmpty().WithErrorCode(TenantErrorCodes.SlugInvalid).WithMessage(TenantMessages.Slug);
        RuleFor(x => x.Slug).Must(Jurisdictions.IsSlug).When(x => !string.IsNullOrEmpty(x.Slug)).WithErrorCode(TenantErrorCodes.SlugInvalid).WithMessage(TenantMessages.Slug);
        RuleFor(x => x.NameZh).NotEmpty().WithErrorCode(TenantErrorCodes.NameZhRequired).WithMessage(TenantMessages.NameZh).MaximumLength(Tenant.NameMaxLength / 2 - 1);
        RuleFor(x => x.NameEn).NotEmpty().WithErrorCode(TenantErrorCodes.NameEnRequired).WithMessage(TenantMessages.NameEn).MaximumLength(Tenant.NameMaxLength / 2 - 1);
        RuleFor(x => x.Kind).Must(k => Jurisdictions.ParseKind(k) is not null)
            .WithErrorCode(TenantErrorCodes.KindInvalid).WithMessage(_ => TenantMessages.Kind);
        RuleFor(x => x.Parent).MaximumLength(Tenant.SlugMaxLength);
    }
}
