using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes.SetScheme;

public sealed record BandInput(string? Code, int? MinScore, IReadOnlyList<string>? Measures);

/// <summary>
/// Publish a jurisdiction's first scheme, in force from now. Once it has one, every change is drafted and approved by
/// another person (<c>DraftScheme</c>, <c>ApproveSchemeDraft</c>), through the page and the API alike: this refuses with
/// <see cref="SchemeErrorCodes.ChangeNeedsReview"/>.
/// </summary>
public sealed record SetScheme(
    int? BaseScore,
    int? Floor,
    int? Ceiling,
    IReadOnlyList<BandInput>? Bands,
    bool DisplayStars,
    int? AppealWindowDays,
    int? RectificationDays,
    int? DecisionWorkingDays = null) : ICommand<SchemeDto>;

public sealed class SetSchemeHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SetScheme, SchemeDto>
{
    public const string BandInUseCode = SchemeErrorCodes.BandInUse;

    public async ValueTask<SchemeDto> Handle(SetScheme request, CancellationToken cancellationToken)
    {
        if (await db.Set<SchemeVersion>().AnyAsync(cancellationToken))
        {
            throw new ConflictException(
                "This jurisdiction has a scheme already: draft the change (POST .../scheme/drafts) for another official to approve.",
                SchemeErrorCodes.ChangeNeedsReview);
        }

        var now = Instants.Stored(clock.GetUtcNow());
        var bands = request.Bands ?? [];
        var codes = bands.Select(b => b.Code!).ToHashSet(StringComparer.Ordinal);
        var overrides = await db.Set<RuleVersion>()
            .Where(r => r.Status == RuleStatus.Active || r.Status == RuleStatus.Draft)
            .Select(r => new { r.Code, r.BandOverride })
            .ToListAsync(cancellationToken);
        if (overrides.Find(r => r.BandOverride is { } o && !codes.Contains(o.Band)) is { } orphan)
        {
            throw new BusinessRuleException(BandInUseCode,
                $"Rule {orphan.Code} holds subjects at band {orphan.BandOverride!.Band}; keep that band or change the rule first.");
        }

        const int version = 1;
        var scheme = new SchemeVersion
        {
            TenantId = tenant.TenantId!.Value,
            Version = version,
            EffectiveFrom = now,
            CreatedAt = now,
            CreatedBy = actor.Label,
            Definition = new SchemeDefinition
            {
                Version = version,
                BaseScore = request.BaseScore!.Value,
                Floor = request.Floor,
                Ceiling = request.Ceiling,
                Bands = [.. bands.Select(b => new Band(b.Code!, b.MinScore))],
                DisplayStars = request.DisplayStars,
                BandMeasures = bands.Where(b => b.Measures is { Count: > 0 })
                    .ToDictionary(b => b.Code!, b => (IReadOnlyList<string>)[.. b.Measures!], StringComparer.Ordinal),
                AppealWindowDays = request.AppealWindowDays ?? 15,
                RectificationDays = request.RectificationDays,
                DecisionWorkingDays = request.DecisionWorkingDays ?? 15,
            },
        };
        db.Set<SchemeVersion>().Add(scheme);
        await db.SaveOrConflictAsync("The scheme was changed at the same moment by someone else; reload it and try again.", cancellationToken);
        return SchemeDto.From(scheme);
    }
}
