using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

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

public sealed class DraftRuleValidator : AbstractValidator<DraftRule>
{
    public DraftRuleValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(RuleVersion.CodeMaxLength)
            .Matches("^[A-Z][A-Z0-9_]*$").WithMessage("A rule code is upper-case letters, digits and underscores, starting with a letter.");
        RuleFor(x => x.TitleZh).NotEmpty().MaximumLength(RuleVersion.TitleMaxLength);
        RuleFor(x => x.TitleEn).NotEmpty().MaximumLength(RuleVersion.TitleMaxLength);
        RuleFor(x => x.Category).NotEmpty().MaximumLength(RuleVersion.CategoryMaxLength);
        RuleFor(x => x.LegalBasis).MaximumLength(RuleVersion.LegalBasisMaxLength);
        RuleFor(x => x.SubjectKinds).NotEmpty().WithMessage("Say which kinds of subject the rule applies to.");
        RuleFor(x => x.Delta).NotNull().WithMessage("Give the rule's points.");
        When(x => x.Delta is not null, () =>
        {
            RuleFor(x => x.Delta!.Points).NotEqual(0).WithMessage("A rule that moves no points scores nothing.");
            RuleFor(x => x.Delta!.UnitSize).GreaterThan(0m).When(x => x.Delta!.Kind == DeltaKind.PerUnit);
            RuleFor(x => x.Delta!.MinQuantity).GreaterThanOrEqualTo(0m);
            RuleFor(x => x.Delta!.MaxQuantity)
                .GreaterThanOrEqualTo(x => x.Delta!.MinQuantity ?? 0m).When(x => x.Delta!.MaxQuantity is not null);
            RuleFor(x => x.Delta!.QuantityUnit).MaximumLength(40);
        });
        RuleForEach(x => x.Caps).NotNull().ChildRules(cap =>
        {
            cap.RuleFor(c => c.PeriodDays).InclusiveBetween(1, 3660);
            cap.RuleFor(c => c).Must(c => c.MaxPoints is not null || c.MaxOccurrences is not null)
                .OverridePropertyName("maxPoints").WithMessage("A cap limits points, occurrences or both.");
            cap.RuleFor(c => c.MaxPoints).NotEqual(0).When(c => c.MaxPoints is not null);
            cap.RuleFor(c => c.MaxOccurrences).GreaterThan(0).When(c => c.MaxOccurrences is not null);
        });
        When(x => x.BandOverride is not null, () =>
        {
            RuleFor(x => x.BandOverride!.Band).NotEmpty().MaximumLength(CreditEvent.BandMaxLength);
            RuleFor(x => x.BandOverride!.DurationDays).InclusiveBetween(1, 3660);
        });
        RuleFor(x => x.ExpiryMonths).InclusiveBetween(1, 600).When(x => x.ExpiryMonths is not null);
        RuleFor(x => x.RectificationDays).InclusiveBetween(1, 3660).When(x => x.RectificationDays is not null);
    }
}

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
