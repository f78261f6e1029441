using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.ApproveRule;

/// <summary>
/// A second official approves a draft: it becomes active from its effective date (or now), and the version it
/// follows stops at that moment. Events keep the version in force when they happened.
/// </summary>
public sealed record ApproveRule(string Code, int Version) : ICommand<RuleDto>;

public sealed class ApproveRuleHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<ApproveRule, RuleDto>
{
    public const string FourEyesCode = RuleFourEyes.Code;

    public async ValueTask<RuleDto> Handle(ApproveRule request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!.Value;
        var now = Instants.Stored(clock.GetUtcNow());
        var versions = await db.Set<RuleVersion>().Where(r => r.Code == request.Code).ToListAsync(cancellationToken);
        var draft = versions.Find(v => v.Version == request.Version)
            ?? throw new NotFoundException("This jurisdiction has no such rule version.");
        if (draft.Status != RuleStatus.Draft)
        {
            throw new ConflictException(string.Create(CultureInfo.InvariantCulture,
                $"Version {draft.Version} of rule {draft.Code} is not a draft: it was {(draft.Status == RuleStatus.Rejected ? "rejected" : "approved")} already."));
        }

        await RuleFourEyes.EnsureAsync(persons, draft.DraftedBy, "draftedBy",
            "Four-eyes principle: a rule is approved by an official other than the one who drafted it.", cancellationToken);

        var from = draft.EffectiveFrom ?? now;
        RuleVersioning.EnsureStartsAfterPrevious(draft, versions, from);
        await RuleChecks.EnforceAsync(db, tenantId, draft, now, cancellationToken);

        RuleVersioning.Supersede(versions, draft, from);
        draft.EffectiveFrom = from;
        draft.Status = RuleStatus.Active;
        draft.ApprovedBy = actor.Label;
        draft.ApprovedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return RuleDto.From(draft);
    }
}
