using CreditPlatform.Domain.Lists;
using FluentValidation;

namespace CreditPlatform.Application.Checks;

public sealed class CheckIdentifiersValidator : AbstractValidator<CheckIdentifiers>
{
    public CheckIdentifiersValidator()
    {
        RuleFor(x => x.Identifiers).NotEmpty().WithMessage("Name at least one identifier.")
            .Must(l => l is null || l.Count <= CheckIdentifiers.MaxIdentifiers)
            .WithMessage($"At most {CheckIdentifiers.MaxIdentifiers} identifiers per check.");
        RuleFor(x => x.Measure).Must(Measures.IsKnown).When(x => !string.IsNullOrWhiteSpace(x.Measure))
            .WithMessage("Unknown measure.");
        RuleFor(x => x.Tenant).MaximumLength(Domain.Tenants.Tenant.SlugMaxLength);
    }
}
