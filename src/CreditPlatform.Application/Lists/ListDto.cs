using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Application.Lists;

public sealed record ListDto(
    Guid Id,
    string Code,
    string Name,
    string Authority,
    string Kind,
    string Sector,
    string Scope,
    string LegalBasis,
    int DefaultDurationDays,
    int MaximumDurationDays,
    string LegalRepresentative,
    IReadOnlyList<string> RepresentativeMeasures,
    IReadOnlyList<string> Measures,
    int AppealWindowDays,
    bool AppealSuspends,
    int MinimumDaysBeforeRepair,
    int DecisionWorkingDays)
{
    public static ListDto From(CreditList l, string authority) => new(
        l.Id, l.Code, l.Name, authority, ApiNames.Of(l.Kind), l.Sector, ApiNames.Of(l.Scope), l.LegalBasis,
        l.DefaultDurationDays, l.MaximumDurationDays, ApiNames.Of(l.RepresentativeTreatment), l.RepresentativeMeasures,
        l.Measures, l.AppealWindowDays, l.AppealSuspends, l.MinimumDaysBeforeRepair, l.DecisionWorkingDays);
}
