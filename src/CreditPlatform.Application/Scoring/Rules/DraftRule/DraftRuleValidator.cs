using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.DraftRule;

public sealed class DraftRuleValidator : AbstractValidator<DraftRule>
{
    public DraftRuleValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(RuleVersion.CodeMaxLength)
            .Matches("^[A-Z][A-Z0-9_]*$").WithErrorCode(RuleErrorCodes.RuleCodeShape).WithMessage("A rule code is upper-case letters, digits and underscores, starting with a letter.");
        RuleFor(x => x.TitleZh).NotEmpty().MaximumLength(RuleVersion.TitleMaxLength);
        RuleFor(x => x.TitleEn).NotEmpty().MaximumLength(RuleVersion.TitleMaxLength);
        RuleFor(x => x.Category).NotEmpty().MaximumLength(RuleVersion.CategoryMaxLength);
        RuleFor(x => x.LegalBasis).MaximumLength(RuleVersion.LegalBasisMaxLength);
        RuleFor(x => x.SubjectKinds).NotEmpty().WithErrorCode(RuleErrorCodes.SubjectKindsRequired).WithMessage("Say which kinds of subject the rule applies to.");
        RuleFor(x => x.Delta).NotNull().WithErrorCode(RuleErrorCodes.PointsRequired).WithMessage("Give the rule's points.");
        When(x => x.Delta is not null, () =>
        {
            RuleFor(x => x.Delta!.Points).NotEqual(0).WithErrorCode(RuleErrorCodes.PointsZero).WithMessage("A rule that moves no points scores nothing.");
            RuleFor(x => x.Delta!.UnitSize).GreaterThan(0m).When(x => x.Delta!.Kind == DeltaKind.PerUnit);
            RuleFor(x => x.Delta!.MinQuantity).GreaterThanOrEqualTo(0m);
            RuleFor(x => x.Delta!.MaxQuantity)
                .GreaterThanOrEqualTo(x => x.Delta!.MinQuantity ?? 0m).When(x => x.Delta!.MaxQuantity is not null);
            RuleFor(x => x.Delta!.QuantityUnit).MaximumLength(40);
        });
        RuleForEach(x => x.Caps).NotNull().ChildRules(cap =>
        {
            cap.RuleFor(c => c.PeriodDays).InclusiveBetween(1, 3660);
            cap.RuleFor(c => c).Must(c => c.MaxPoints is not null || c.MaxOccurrences is not null)
                .OverridePropertyName("maxPoints").WithErrorCode(RuleErrorCodes.CapLimitRequired).WithMessage("A cap limits points, occurrences or both.");
            cap.RuleFor(c => c.MaxPoints).NotEqual(0).When(c => c.MaxPoints is not null);
            cap.RuleFor(c => c.MaxOccurrences).GreaterThan(0).When(c => c.MaxOccurrences is not null);
        });
        When(x => x.BandOverride is not null, () =>
        {
            RuleFor(x => x.BandOverride!.Band).NotEmpty().MaximumLength(CreditEvent.BandMaxLength);
            RuleFor(x => x.BandOverride!.DurationDays).InclusiveBetween(1, 3660);
        });
        RuleFor(x => x.ExpiryMonths).InclusiveBetween(1, 600).When(x => x.ExpiryMonths is not null);
        RuleFor(x => x.RectificationDays).InclusiveBetween(1, 3660).When(x => x.RectificationDays is not null);
    }
}
