using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.SetGuardrails;

public sealed class SetGuardrailsValidator : AbstractValidator<SetGuardrails>
{
    public SetGuardrailsValidator()
    {
        RuleFor(x => x.MaxPointsPerEntry).GreaterThan(0).When(x => x.MaxPointsPerEntry is not null);
        RuleFor(x => x.MaxPurchasablePointsPerYear).GreaterThanOrEqualTo(0).When(x => x.MaxPurchasablePointsPerYear is not null);
        When(x => x.MaxPointsPerSubjectPerRulePerPeriod is not null, () =>
        {
            RuleFor(x => x.MaxPointsPerSubjectPerRulePerPeriod!.Points).GreaterThan(0);
            RuleFor(x => x.MaxPointsPerSubjectPerRulePerPeriod!.Days).InclusiveBetween(1, 3660);
        });
        RuleForEach(x => x.ForbiddenCategories).NotEmpty().MaximumLength(RuleVersion.CategoryMaxLength);
        RuleFor(x => x.ForbiddenCategories).Must(c => c is null || c.Count <= 100).WithErrorCode(SchemeErrorCodes.ForbiddenCategoriesTooMany).WithMessage("At most 100 forbidden categories.");
    }
}
