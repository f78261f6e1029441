using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.DraftList;

/// <summary>
/// Propose a new list of the current jurisdiction with its whole policy (the fields of a created list). Nothing is
/// published until an official other than the drafter approves it.
/// </summary>
public sealed record DraftList(
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
    int? DecisionWorkingDays = null) : ICommand<ListDraftDto>
{
    public CreateList.CreateList ToCreate() => new(
        Code?.Trim(), Name?.Trim(), Kind, Sector, Scope, LegalBasis?.Trim(), DefaultDurationDays, MaximumDurationDays, LegalRepresentative,
        RepresentativeMeasures, Measures, AppealWindowDays, AppealSuspends, MinimumDaysBeforeRepair, DecisionWorkingDays);
}

public sealed class DraftListHandler(
    IAppDbContext db, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<DraftList, ListDraftDto>
{
    public async ValueTask<ListDraftDto> Handle(DraftList request, CancellationToken cancellationToken)
    {
        var proposal = request.ToCreate();
        var code = proposal.Code!;
        if (await db.Set<CreditList>().AnyAsync(l => l.Code == code, cancellationToken)
            || await db.Set<ListDraft>().AnyAsync(d => d.Code == code && d.Status == ListDraftStatus.Draft, cancellationToken))
        {
            throw new ConflictException("This jurisdiction already keeps, or has a draft of, a list with this code.");
        }

        var draft = new ListDraft
        {
            TenantId = tenant.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = proposal.Name!,
            Proposal = ListDraftDto.Serialize(proposal),
            Status = ListDraftStatus.Draft,
            DraftedBy = actor.Label,
            DraftedAt = Domain.Scoring.Instants.Stored(clock.GetUtcNow()),
        };
        db.Set<ListDraft>().Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return ListDraftDto.From(draft, await ListDraftDto.NamesAsync([draft], persons, users, cancellationToken));
    }
}
