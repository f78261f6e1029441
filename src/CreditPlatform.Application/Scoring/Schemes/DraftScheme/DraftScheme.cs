using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes.SetScheme;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.DraftScheme;

/// <summary>
/// Draft a new version of the jurisdiction's scheme: its bands (best first) with their measures, base, floor and
/// ceiling. Nothing changes until an official other than the drafter approves it. The appeal, rectification and
/// decision periods are carried over from the version in force unless given.
/// </summary>
public sealed record DraftScheme(
    int? BaseScore,
    int? Floor,
    int? Ceiling,
    IReadOnlyList<BandInput>? Bands,
    bool DisplayStars,
    int? AppealWindowDays = null,
    int? RectificationDays = null,
    int? DecisionWorkingDays = null) : ICommand<SchemeDraftDto>;

public sealed class DraftSchemeHandler(
    IAppDbContext db, ITenantContext tenant, ICurrentActor actor, PersonResolver persons, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<DraftScheme, SchemeDraftDto>
{
    public async ValueTask<SchemeDraftDto> Handle(DraftScheme request, CancellationToken cancellationToken)
    {
        var current = await db.RequireCurrentSchemeAsync(cancellationToken);
        var bands = request.Bands!;
        var codes = bands.Select(b => b.Code!.Trim()).ToHashSet(StringComparer.Ordinal);
        var rules = await db.Set<RuleVersion>()
            .Where(r => r.Status == RuleStatus.Active || r.Status == RuleStatus.Draft)
            .Select(r => new { r.Code, r.BandOverride })
            .ToListAsync(cancellationToken);
        if (SchemeBandRules.Orphan(rules.Select(r => (r.Code, r.BandOverride)), codes) is { } orphan)
        {
            throw new BusinessRuleException(orphan.Code, orphan.Message);
        }

        var now = Instants.Stored(clock.GetUtcNow());
        var draft = new SchemeDraft
        {
            TenantId = tenant.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            BasedOnVersion = current.Version,
            Definition = SchemeBandRules.Definition(0, request.BaseScore!.Value, request.Floor, request.Ceiling, bands, request.DisplayStars,
                current.Definition, request.AppealWindowDays, request.RectificationDays, request.DecisionWorkingDays),
            Status = SchemeDraftStatus.Draft,
            DraftedBy = actor.Label,
            DraftedAt = now,
        };
        db.Set<SchemeDraft>().Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return SchemeDraftDto.From(draft, await SchemeDraftDto.NamesAsync([draft], persons, users, cancellationToken));
    }
}
