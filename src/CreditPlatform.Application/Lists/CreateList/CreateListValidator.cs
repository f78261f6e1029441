using CreditPlatform.Domain.Lists;
using FluentValidation;

namespace CreditPlatform.Application.Lists.CreateList;

public sealed class CreateListValidator : AbstractValidator<CreateList>
{
    public CreateListValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(CreditList.CodeMaxLength)
            .Matches("^[A-Z][A-Z0-9_]*$").WithErrorCode(ListErrorCodes.ListCodeShape).WithMessage("A list code uses capital letters, digits and underscores (e.g. FOOD_SAFETY).");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CreditList.NameMaxLength);
        RuleFor(x => x.Kind).Must(k => ApiNames.Parse<ListKind>(k) is not null).WithErrorCode(ListErrorCodes.ListKindInvalid).WithMessage("Kind must be \"black\" or \"red\".");
        RuleFor(x => x.Sector).Must(s => s is not null && Sectors.All.Contains(s))
            .WithErrorCode(ListErrorCodes.SectorInvalid).WithMessage($"Sector must be one of: {string.Join(", ", Sectors.All.Order(StringComparer.Ordinal))}.");
        RuleFor(x => x.Scope).Must(s => ApiNames.Parse<ListScope>(s) is not null).WithErrorCode(ListErrorCodes.ListScopeInvalid).WithMessage("Scope must be \"local\" or \"national\".");
        RuleFor(x => x.LegalBasis).NotEmpty().WithErrorCode(ListErrorCodes.LegalBasisRequired).WithMessage("Every list rests on a legal basis.").MaximumLength(CreditList.LegalBasisMaxLength);
        RuleFor(x => x.DefaultDurationDays).NotNull().WithErrorCode(ListErrorCodes.DefaultDurationRequired).WithMessage("Every listing expires: give a default duration in days.")
            .InclusiveBetween(1, CreditList.LongestDurationDays);
        RuleFor(x => x.MaximumDurationDays)
            .InclusiveBetween(1, CreditList.LongestDurationDays)
            .GreaterThanOrEqualTo(x => x.DefaultDurationDays ?? 0).WithErrorCode(ListErrorCodes.MaximumDurationBelowDefault).WithMessage("The maximum duration can't be shorter than the default.")
            .When(x => x.MaximumDurationDays is not null);
        RuleFor(x => x.AppealWindowDays).InclusiveBetween(1, 365).When(x => x.AppealWindowDays is not null);
        RuleFor(x => x.DecisionWorkingDays).InclusiveBetween(1, 120).When(x => x.DecisionWorkingDays is not null);
        RuleFor(x => x.MinimumDaysBeforeRepair).InclusiveBetween(0, CreditList.LongestDurationDays).When(x => x.MinimumDaysBeforeRepair is not null);

        RuleFor(x => x.Measures).NotEmpty().WithErrorCode(ListErrorCodes.MeasureRequired).WithMessage("A list attaches at least one measure.");
        RuleForEach(x => x.Measures).Must(Measures.IsKnown)
            .WithErrorCode(ListErrorCodes.MeasureUnknown).WithMessage((_, m) => $"Unknown measure '{m}'.");
        RuleForEach(x => x.Measures).Must((x, m) => !Measures.IsKnown(m) || FitsKind(x.Kind, m))
            .WithErrorCode(ListErrorCodes.MeasureKindMismatch).WithMessage((x, m) => $"{m} does not fit a {x.Kind} list: black lists restrict, red lists reward.");

        RuleFor(x => x.LegalRepresentative)
            .Must(t => t is null || ApiNames.Parse<RepresentativeTreatment>(t) is not null)
            .WithErrorCode(ListErrorCodes.RepresentativeTreatmentInvalid).WithMessage("legalRepresentative must be \"none\", \"restricted\" or \"coListed\".");
        When(x => ApiNames.Parse<RepresentativeTreatment>(x.LegalRepresentative) == RepresentativeTreatment.Restricted, () =>
        {
            RuleFor(x => x.RepresentativeMeasures).NotEmpty()
                .WithErrorCode(ListErrorCodes.RepresentativeMeasuresRequired).WithMessage("Name the measures that restrict a listed organisation's legal representative.");
            RuleForEach(x => x.RepresentativeMeasures).Must((x, m) => x.Measures?.Contains(m) == true)
                .WithErrorCode(ListErrorCodes.RepresentativeMeasuresNotSubset).WithMessage("A legal representative's measures are a subset of the list's measures.");
        });
        When(x => ApiNames.Parse<RepresentativeTreatment>(x.LegalRepresentative) != RepresentativeTreatment.Restricted, () =>
            RuleFor(x => x.RepresentativeMeasures).Empty().WithErrorCode(ListErrorCodes.RepresentativeMeasuresUnexpected).WithMessage("Representative measures apply only when representatives are restricted."));
    }

    private static bool FitsKind(string? kind, string measure) =>
        ApiNames.Parse<ListKind>(kind) is not { } k || Measures.FitsKind(k, measure);
}
