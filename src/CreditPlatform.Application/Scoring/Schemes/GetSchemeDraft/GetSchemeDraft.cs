using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.GetSchemeDraft;

/// <summary>
/// A drafted scheme change beside the version in force, with its simulation: every subject of the jurisdiction as it
/// stands now, read under both, counted by subject kind and by the band it leaves and the band it reaches.
/// </summary>
public sealed record GetSchemeDraft(Guid Id) : IRequest<SchemeDraftReview>;

public sealed record SchemeDraftReview(SchemeDraftDto Draft, SchemeDto InForce, BandShiftDto Simulation);

public sealed class GetSchemeDraftHandler(
    IAppDbContext db, ITenantContext tenant, ISchemeStandings standings, PersonResolver persons, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<GetSchemeDraft, SchemeDraftReview>
{
    public async ValueTask<SchemeDraftReview> Handle(GetSchemeDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.Set<SchemeDraft>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such scheme draft.");
        var current = await db.RequireCurrentSchemeAsync(cancellationToken);

        // An approved draft is compared with the version it replaced, so the record still shows what it changed.
        var before = draft.Status == SchemeDraftStatus.Approved
            ? await db.Set<SchemeVersion>().AsNoTracking().Where(s => s.Version == draft.BasedOnVersion).FirstOrDefaultAsync(cancellationToken) ?? current
            : current;
        var subjects = await standings.AtAsync(tenant.TenantId!.Value, clock.GetUtcNow(), cancellationToken);
        var names = await SchemeDraftDto.NamesAsync([draft], persons, users, cancellationToken);
        return new SchemeDraftReview(SchemeDraftDto.From(draft, names), SchemeDto.From(before),
            BandShift.Compare(subjects, before.Definition, draft.Definition));
    }
}
