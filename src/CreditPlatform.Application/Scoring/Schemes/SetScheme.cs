using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Schemes;

public sealed record BandInput(string? Code, int? MinScore, IReadOnlyList<string>? Measures);

/// <summary>
/// Publish a new version of the tenant's scheme, in force from now. Earlier versions stay, so a score "as of" an
/// earlier date is still read with the bands of the time; stored scores are recomputed as they are next read.
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

public sealed class SetSchemeValidator : AbstractValidator<SetScheme>
{
    public SetSchemeValidator()
    {
        RuleFor(x => x.BaseScore).NotNull().WithMessage("Say where every subject starts.");
        RuleFor(x => x.Ceiling).GreaterThanOrEqualTo(x => x.Floor!.Value).When(x => x.Floor is not null && x.Ceiling is not null);
        RuleFor(x => x.AppealWindowDays).InclusiveBetween(1, 365).When(x => x.AppealWindowDays is not null);
        RuleFor(x => x.RectificationDays).InclusiveBetween(1, 3660).When(x => x.RectificationDays is not null);
        RuleFor(x => x.DecisionWorkingDays).InclusiveBetween(1, 120).When(x => x.DecisionWorkingDays is not null);
        RuleForEach(x => x.Bands).NotNull().ChildRules(band =>
        {
            band.RuleFor(b => b.Code).NotEmpty().MaximumLength(CreditEvent.BandMaxLength);
            band.RuleForEach(b => b.Measures).NotEmpty().MaximumLength(40);
        });
        RuleFor(x => x.Bands).Custom((bands, ctx) =>
        {
            if (bands is null || bands.Any(b => b is null))
            {
                return;
            }

            if (bands.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() != bands.Count)
            {
                ctx.AddFailure("bands", "Each band has its own code.");
            }

            for (var i = 0; i < bands.Count; i++)
            {
                if (bands[i].MinScore is null && i != bands.Count - 1)
                {
                    ctx.AddFailure("bands", "Only the last (worst) band may be open-ended, without a minimum score.");
                }

                if (i > 0 && bands[i].MinScore is { } min && bands[i - 1].MinScore is { } above && min >= above)
                {
                    ctx.AddFailure("bands", "Bands are listed best first, each with a lower minimum score than the one before.");
                }
            }
        });
    }
}

public sealed class SetSchemeHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SetScheme, SchemeDto>
{
    public const string BandInUseCode = "band_in_use";

    public async ValueTask<SchemeDto> Handle(SetScheme request, CancellationToken cancellationToken)
    {
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

        var latest = await db.Set<SchemeVersion>().MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0;
        var version = latest + 1;
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
