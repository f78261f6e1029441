using CreditPlatform.Application.Common.Validation;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.SetScheme;

public sealed class SetSchemeValidator : AbstractValidator<SetScheme>
{
    public SetSchemeValidator()
    {
        RuleFor(x => x.BaseScore).NotNull().WithErrorCode(SchemeErrorCodes.BaseScoreRequired).WithMessage("Say where every subject starts.");
        RuleFor(x => x.Ceiling).GreaterThanOrEqualTo(x => x.Floor!.Value).When(x => x.Floor is not null && x.Ceiling is not null);
        RuleFor(x => x.AppealWindowDays).InclusiveBetween(1, 365).When(x => x.AppealWindowDays is not null);
        RuleFor(x => x.RectificationDays).InclusiveBetween(1, 3660).When(x => x.RectificationDays is not null);
        RuleFor(x => x.DecisionWorkingDays).InclusiveBetween(1, 120).When(x => x.DecisionWorkingDays is not null);
        RuleForEach(x => x.Bands).NotNull().ChildRules(band =>
        {
            band.RuleFor(b => b.Code).NotEmpty().MaximumLength(CreditEvent.BandMaxLength);
            band.RuleForEach(b => b.Measures).NotEmpty().MaximumLength(40);
        });
        RuleFor(x => x.Bands).Custom((bands, ctx) =>
        {
            if (bands is null || bands.Any(b => b is null))
            {
                return;
            }

            if (bands.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() != bands.Count)
            {
                ctx.Fail("bands", SchemeErrorCodes.BandCodesNotDistinct, "Each band has its own code.");
            }

            for (var i = 0; i < bands.Count; i++)
            {
                if (bands[i].MinScore is null && i != bands.Count - 1)
                {
                    ctx.Fail("bands", SchemeErrorCodes.OpenBandNotLast, "Only the last (worst) band may be open-ended, without a minimum score.");
                }

                if (i > 0 && bands[i].MinScore is { } min && bands[i - 1].MinScore is { } above && min >= above)
                {
                    ctx.Fail("bands", SchemeErrorCodes.BandsNotOrdered, "Bands are listed best first, each with a lower minimum score than the one before.");
                }
            }
        });
    }
}
