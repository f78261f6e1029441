using CreditPlatform.Domain.Scoring;
using FluentValidation;

namespace CreditPlatform.Application.Simulations.RunSimulation;

public sealed class RunSimulationValidator : AbstractValidator<RunSimulation>
{
    /// <summary>Long enough for a year's replay with room to spare; longer periods belong in a batch job.</summary>
    public const int MaxPeriodDays = 3 * 366;

    public RunSimulationValidator()
    {
        RuleFor(x => x.From).NotNull();
        RuleFor(x => x.To).NotNull().GreaterThan(x => x.From).When(x => x.From is not null)
            .WithErrorCode(SimulationErrorCodes.PeriodEndsBeforeStart).WithMessage("The period must end after it starts.");
        RuleFor(x => x).Must(x => x.From is null || x.To is null || (x.To.Value - x.From.Value).TotalDays <= MaxPeriodDays)
            .WithName("to").WithErrorCode(SimulationErrorCodes.PeriodTooLong).WithMessage($"A simulation replays at most {MaxPeriodDays} days.");
        RuleFor(x => x).Must(x => x.Rule is not null || x.Bands is { Count: > 0 })
            .WithName("rule").WithErrorCode(SimulationErrorCodes.ChangeRequired).WithMessage("Draft a change: a rule, or new band thresholds.");
        RuleFor(x => x.BucketSize).InclusiveBetween(1, 10_000);
        When(x => x.Rule is not null, () =>
        {
            RuleFor(x => x.Rule!.Code).NotEmpty().MaximumLength(RuleVersion.CodeMaxLength);
            RuleFor(x => x.Rule!.Points).InclusiveBetween(-100_000, 100_000);
            RuleFor(x => x.Rule!.UnitSize).GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m);
            RuleFor(x => x.Rule!.ExpiryMonths).InclusiveBetween(1, 1200);
            RuleFor(x => x.Rule!.Caps).Must(c => c is null || c.Count <= 10).WithErrorCode(SimulationErrorCodes.CapsTooMany).WithMessage("At most 10 caps.");
            RuleForEach(x => x.Rule!.Caps).ChildRules(cap =>
            {
                cap.RuleFor(c => c).NotNull();
                cap.RuleFor(c => c.PeriodDays).InclusiveBetween(1, 3660);
                cap.RuleFor(c => c.MaxPoints).InclusiveBetween(0, 1_000_000);
                cap.RuleFor(c => c.MaxOccurrences).InclusiveBetween(0, 1_000_000);
            });
        });
        When(x => x.Bands is not null, () =>
        {
            RuleFor(x => x.Bands).Must(b => b!.Count <= 20).WithErrorCode(SimulationErrorCodes.BandsTooMany).WithMessage("At most 20 bands.")
                .Must(Ordered).WithErrorCode(SimulationErrorCodes.BandsNotOrdered).WithMessage("Bands go best first, each starting lower than the one before; only the last may have no minimum.");
            RuleForEach(x => x.Bands).ChildRules(band =>
            {
                band.RuleFor(b => b).NotNull();
                band.RuleFor(b => b.Code).NotEmpty().MaximumLength(CreditEvent.BandMaxLength);
            });
        });
    }

    private static bool Ordered(IReadOnlyList<SimulatedBand>? bands)
    {
        if (bands is null)
        {
            return true;
        }

        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i] is null)
            {
                return false;
            }

            if (bands[i].MinScore is null && i != bands.Count - 1)
            {
                return false;
            }

            if (i > 0 && bands[i].MinScore is { } min && bands[i - 1].MinScore is { } above && min >= above)
            {
                return false;
            }
        }

        return true;
    }
}
