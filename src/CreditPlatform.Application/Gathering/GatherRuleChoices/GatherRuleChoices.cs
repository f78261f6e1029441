using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.GatherRuleChoices;

/// <summary>
/// The rules a gatherer may record now, those they used most recently first. "Recently used" is read from the
/// events this user recorded, so it follows the user to any device and needs no store of its own.
/// </summary>
public sealed record GatherRuleChoices(string Language) : IRequest<IReadOnlyList<RuleChoice>>
{
    public const int RecentCount = 5;
}

/// <param name="Recent">True for the user's most recently used rules, shown first.</param>
public sealed record RuleChoice(string Code, string Title, PointsDelta Delta, bool Recent);

public sealed class GatherRuleChoicesHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<GatherRuleChoices, IReadOnlyList<RuleChoice>>
{
    public async ValueTask<IReadOnlyList<RuleChoice>> Handle(GatherRuleChoices request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var active = await db.Set<RuleVersion>().AsNoTracking()
            .Where(r => r.Status == RuleStatus.Active)
            .ToListAsync(cancellationToken);
        var suspended = await Suspensions.CodesInForceAsync(db, SuspensionTarget.Rule, cancellationToken);
        var inForce = active
            .Where(r => !suspended.Contains(r.Code))
            .Where(r => (r.EffectiveFrom is null || r.EffectiveFrom <= now) && (r.EffectiveTo is null || r.EffectiveTo > now))
            .GroupBy(r => r.Code)
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToList();

        var label = actor.Label;
        var recent = await db.Set<CreditEvent>().AsNoTracking()
            .Where(e => e.Recorder == label)
            .GroupBy(e => e.RuleCode)
            .Select(g => new { Code = g.Key, Last = g.Max(e => e.RecordedAt) })
            .OrderByDescending(g => g.Last)
            .Take(GatherRuleChoices.RecentCount)
            .ToListAsync(cancellationToken);
        var rank = recent.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var english = Languages.IsEnglish(request.Language);

        return [.. inForce
            .OrderBy(r => rank.TryGetValue(r.Code, out var i) ? i : int.MaxValue)
            .ThenBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RuleChoice(r.Code, english ? r.TitleEn : r.TitleZh, r.Delta, rank.ContainsKey(r.Code)))];
    }
}
