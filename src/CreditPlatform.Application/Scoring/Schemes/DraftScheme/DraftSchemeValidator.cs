using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Domain.Scoring;
using FluentValidation;

namespace CreditPlatform.Application.Scoring.Schemes.DraftScheme;

public sealed class DraftSchemeValidator : AbstractValidator<DraftScheme>
{
    public DraftSchemeValidator()
    {
        RuleFor(x => x.BaseScore).NotNull().WithErrorCode(SchemeErrorCodes.BaseScoreRequired).WithMessage("Say where every subject starts.");
        RuleFor(x => x.Bands).NotNull().WithErrorCode(SchemeErrorCodes.BandsRequired).WithMessage("List the bands, best first.");
        RuleFor(x => x.Ceiling).GreaterThanOrEqualTo(x => x.Floor!.Value).When(x => x.Floor is not null && x.Ceiling is not null)
            .WithErrorCode(SchemeErrorCodes.CeilingBelowFloor).WithMessage("The ceiling is not below the floor.");
        RuleFor(x => x.AppealWindowDays).InclusiveBetween(1, 365).When(x => x.AppealWindowDays is not null);
        RuleFor(x => x.RectificationDays).InclusiveBetween(1, 3660).When(x => x.RectificationDays is not null);
        RuleFor(x => x.DecisionWorkingDays).InclusiveBetween(1, 120).When(x => x.DecisionWorkingDays is not null);
        RuleForEach(x => x.Bands).NotNull().ChildRules(band =>
        {
            band.RuleFor(b => b.Code).NotEmpty().WithErrorCode(SchemeErrorCodes.BandCodeRequired).WithMessage("Each band has a code.").MaximumLength(CreditEvent.BandMaxLength);
            band.RuleForEach(b => b.Measures).NotEmpty().MaximumLength(40);
        });
        RuleFor(x => x.Bands).Custom((bands, ctx) => SchemeBandRules.Check(bands, ctx.Fail));
    }
}
