using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.ApproveSchemeDraft;

/// <summary>
/// An official other than the drafter (compared by person, whatever credential either used) approves a drafted scheme:
/// it is published as the next scheme version, in force from now, and every stored score of the jurisdiction is
/// recomputed with its bands. Refused when another version took effect since the draft was written.
/// </summary>
public sealed record ApproveSchemeDraft(Guid Id) : ICommand<SchemeDraftDto>;

public sealed class ApproveSchemeDraftHandler(
    IAppDbContext db, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, IUserDirectory users,
    IScoreRecomputer recomputer, TimeProvider clock)
    : ICommandHandler<ApproveSchemeDraft, SchemeDraftDto>
{
    public const string StaleCode = SchemeErrorCodes.SchemeChanged;

    public async ValueTask<SchemeDraftDto> Handle(ApproveSchemeDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.Set<SchemeDraft>().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction has no such scheme draft.");
        if (draft.Status != SchemeDraftStatus.Draft)
        {
            throw new ConflictException($"This scheme draft was {(draft.Status == SchemeDraftStatus.Rejected ? "rejected" : "approved")} already.");
        }

        await RuleFourEyes.EnsureAsync(persons, draft.DraftedBy, "draftedBy",
            "Four-eyes principle: a scheme change is approved by an official other than the one who drafted it.", cancellationToken);

        var current = await db.RequireCurrentSchemeAsync(cancellationToken);
        if (current.Version != draft.BasedOnVersion)
        {
            throw new BusinessRuleException(StaleCode,
                $"The scheme changed since this draft was written (version {current.Version} is in force, the draft started from {draft.BasedOnVersion}); draft it again.");
        }

        var codes = draft.Definition.Bands.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var rules = await db.Set<RuleVersion>()
            .Where(r => r.Status == RuleStatus.Active || r.Status == RuleStatus.Draft)
            .Select(r => new { r.Code, r.BandOverride })
            .ToListAsync(cancellationToken);
        if (SchemeBandRules.Orphan(rules.Select(r => (r.Code, r.BandOverride)), codes) is { } orphan)
        {
            throw new BusinessRuleException(orphan.Code, orphan.Message);
        }

        var now = Instants.Stored(clock.GetUtcNow());
        var version = current.Version + 1;
        db.Set<SchemeVersion>().Add(new SchemeVersion
        {
            TenantId = tenant.TenantId!.Value,
            Version = version,
            EffectiveFrom = now,
            CreatedAt = now,
            CreatedBy = actor.Label,
            Definition = draft.Definition with { Version = version },
        });
        draft.Status = SchemeDraftStatus.Approved;
        draft.DecidedBy = actor.Label;
        draft.DecidedAt = now;
        draft.ApprovedVersion = version;
        await db.SaveOrConflictAsync("The scheme was changed at the same moment by someone else; reload it and try again.", cancellationToken);

        // Stored scores read their band with the new version from now on.
        await recomputer.RecomputeAsync(cancellationToken);
        return SchemeDraftDto.From(draft, await SchemeDraftDto.NamesAsync([draft], persons, users, cancellationToken));
    }
}
