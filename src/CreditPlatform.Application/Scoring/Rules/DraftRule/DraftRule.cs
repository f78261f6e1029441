using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.DraftRule;

/// <summary>
/// Write a rule, or a new version of one: it starts as a draft that a second official approves. Refused when it
/// breaks a guardrail binding the jurisdiction.
/// </summary>
public sealed record DraftRule(
    string? Code,
    string? TitleZh,
    string? TitleEn,
    string? Category,
    string? LegalBasis,
    IReadOnlyList<SubjectKind>? SubjectKinds,
    PointsDelta? Delta,
    IReadOnlyList<Cap>? Caps,
    BandOverride? BandOverride,
    int? ExpiryMonths,
    int? RectificationDays,
    bool RequiresDocument,
    bool Purchasable,
    DateTimeOffset? EffectiveFrom) : ICommand<RuleDto>;

public sealed class DraftRuleHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DraftRule, RuleDto>
{
    public async ValueTask<RuleDto> Handle(DraftRule request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!.Value;
        var now = Instants.Stored(clock.GetUtcNow());
        var code = request.Code!;
        var versions = await db.Set<RuleVersion>().Where(r => r.Code == code).ToListAsync(cancellationToken);
        if (versions.Find(v => v.Status == RuleStatus.Draft) is { } pending)
        {
            throw new ConflictException($"Version {pending.Version} of rule {code} is still a draft: approve it before writing another.");
        }

        var rule = new RuleVersion
        {
            TenantId = tenantId,
            Code = code,
            Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
            TitleZh = request.TitleZh!.Trim(),
            TitleEn = request.TitleEn!.Trim(),
            Category = request.Category!.Trim(),
            LegalBasis = request.LegalBasis?.Trim() ?? "",
            SubjectKinds = [.. request.SubjectKinds!.Distinct()],
            Delta = request.Delta!,
            Caps = request.Caps ?? [],
            BandOverride = request.BandOverride,
            ExpiryMonths = request.ExpiryMonths,
            RectificationDays = request.RectificationDays,
            RequiresDocument = request.RequiresDocument,
            // Whether points can be bought follows from the category; a caller may only add the limit, never drop it.
            Purchasable = request.Purchasable || (await GuardrailChain.LoadVocabularyAsync(db, cancellationToken)).Find(request.Category!.Trim()) is { Purchasable: true },
            EffectiveFrom = Instants.Stored(request.EffectiveFrom),
            Status = RuleStatus.Draft,
            DraftedBy = actor.Label,
            DraftedAt = now,
        };
        RuleVersioning.EnsureStartsAfterPrevious(rule, versions, rule.EffectiveFrom);
        await RuleChecks.EnforceAsync(db, tenantId, rule, now, cancellationToken);
        db.Set<RuleVersion>().Add(rule);
        await db.SaveOrConflictAsync($"Another version of rule {code} was drafted at the same moment; reload and try again.", cancellationToken);
        return RuleDto.From(rule);
    }
}
