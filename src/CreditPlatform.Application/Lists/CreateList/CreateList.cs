using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.CreateList;

/// <summary>Publish a new black or red list of the current jurisdiction, with its rules fixed from the start.</summary>
public sealed record CreateList(
    string? Code,
    string? Name,
    string? Kind,
    string? Sector,
    string? Scope,
    string? LegalBasis,
    int? DefaultDurationDays,
    int? MaximumDurationDays,
    string? LegalRepresentative,
    IReadOnlyList<string>? RepresentativeMeasures,
    IReadOnlyList<string>? Measures,
    int? AppealWindowDays,
    bool? AppealSuspends,
    int? MinimumDaysBeforeRepair,
    int? DecisionWorkingDays = null) : ICommand<ListDto>;

public sealed class CreateListHandler(IAppDbContext db, ITenantContext tenant, IListCatalogue catalogue, IAdvisoryLocks locks, TimeProvider clock)
    : ICommandHandler<CreateList, ListDto>
{
    public async ValueTask<ListDto> Handle(CreateList request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        if (await db.Set<CreditList>().AnyAsync(l => l.Code == code, cancellationToken))
        {
            throw new ConflictException("This jurisdiction already keeps a list with this code.");
        }

        var scope = ApiNames.Parse<ListScope>(request.Scope)!.Value;
        if (scope == ListScope.National)
        {
            // Check answers name national lists by code alone, so a national code is unique across
            // jurisdictions; the lock serialises two authorities claiming the same code at once.
            await locks.LockForTransactionAsync("national-list:" + code, cancellationToken);
            if (await catalogue.NationalCodeTakenAsync(code, cancellationToken))
            {
                throw new ConflictException("Another authority already publishes a national list with this code.");
            }
        }

        var treatment = ApiNames.Parse<RepresentativeTreatment>(request.LegalRepresentative) ?? RepresentativeTreatment.None;
        var list = new CreditList
        {
            TenantId = tenant.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = request.Name!.Trim(),
            Kind = ApiNames.Parse<ListKind>(request.Kind)!.Value,
            Sector = request.Sector!,
            Scope = scope,
            LegalBasis = request.LegalBasis!.Trim(),
            DefaultDurationDays = request.DefaultDurationDays!.Value,
            MaximumDurationDays = request.MaximumDurationDays ?? request.DefaultDurationDays!.Value,
            RepresentativeTreatment = treatment,
            RepresentativeMeasures = treatment == RepresentativeTreatment.Restricted ? [.. request.RepresentativeMeasures!.Distinct()] : [],
            Measures = [.. request.Measures!.Distinct()],
            AppealWindowDays = request.AppealWindowDays ?? CreditList.DefaultAppealWindowDays,
            DecisionWorkingDays = request.DecisionWorkingDays ?? CreditList.DefaultDecisionWorkingDays,
            AppealSuspends = request.AppealSuspends ?? false,
            MinimumDaysBeforeRepair = request.MinimumDaysBeforeRepair ?? 0,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<CreditList>().Add(list);
        await db.SaveChangesAsync(cancellationToken);
        return ListDto.From(list, tenant.Slug!);
    }
}
