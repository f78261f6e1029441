using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Dashboard.GetDashboard;

/// <summary>
/// The figures on an official's dashboard for the current jurisdiction: no person is named, only counts.
/// Grouping happens in SQL so the page costs the same with ten subjects or ten million.
/// </summary>
public sealed record GetDashboard(int Weeks = GetDashboard.DefaultWeeks) : IRequest<DashboardDto>
{
    public const int DefaultWeeks = 12;
    public const int HistogramBuckets = 10;
}

public sealed record CountDto(string Key, int Count);

public sealed record WeekCountDto(DateOnly Week, string Key, int Count);

/// <param name="Weeks">The Mondays (UTC) of the weeks the weekly figures cover, oldest first, empty weeks included.</param>
public sealed record DashboardDto(
    int Subjects,
    IReadOnlyList<CountDto> ByBand,
    IReadOnlyList<CountDto> ScoreHistogram,
    IReadOnlyList<WeekCountDto> EventsByCategory,
    IReadOnlyList<WeekCountDto> EventsByDepartment,
    int Lists,
    int ActiveEntries,
    IReadOnlyList<DateOnly> Weeks);

public sealed class GetDashboardHandler(IAppDbContext db, IDashboardFigures figures, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetDashboard, DashboardDto>
{
    public async ValueTask<DashboardDto> Handle(GetDashboard request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!.Value;
        var weeks = Math.Clamp(request.Weeks, 1, 104);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var from = new DateTimeOffset(monday.AddDays(-7 * (weeks - 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var subjects = await db.Subjects.CountAsync(cancellationToken);
        var scores = await figures.ScoresAsync(tenantId, cancellationToken);
        var scheme = await db.CurrentSchemeAsync(cancellationToken);
        var unscored = subjects - scores.Sum(s => s.Count);
        if (unscored > 0 && scheme is not null)
        {
            // A subject with no entry yet stands at the scheme's base score.
            var baseScore = scheme.Definition.BaseScore;
            scores.Add(new ScoreCount(baseScore, TierMapper.Map(scheme.Definition, baseScore), unscored));
        }

        var byEvent = await figures.EventsByWeekAsync(tenantId, from, cancellationToken);

        return new DashboardDto(
            subjects,
            ByBand(scores, scheme?.Definition),
            Histogram(scores, GetDashboard.HistogramBuckets),
            Weekly(byEvent, e => e.Category),
            Weekly(byEvent, e => e.Department),
            await db.Set<CreditList>().CountAsync(cancellationToken),
            await db.Set<ListEntry>().CountAsync(e => e.Status == EntryStatus.Active, cancellationToken),
            [.. Enumerable.Range(0, weeks).Select(i => monday.AddDays(-7 * (weeks - 1 - i)))]);
    }

    private static List<CountDto> ByBand(List<ScoreCount> scores, SchemeDefinition? scheme)
    {
        var counts = scores.GroupBy(s => s.Band ?? "").ToDictionary(g => g.Key, g => g.Sum(s => s.Count), StringComparer.Ordinal);
        // Every band of the scheme appears, empty ones too, best first: a missing bar would hide that a band is empty.
        var ordered = (scheme?.Bands ?? []).Select(b => new CountDto(b.Code, counts.GetValueOrDefault(b.Code))).ToList();
        ordered.AddRange(counts.Where(c => ordered.TrueForAll(o => o.Key != c.Key)).Select(c => new CountDto(c.Key, c.Value)));
        return ordered;
    }

    private static List<CountDto> Histogram(List<ScoreCount> scores, int buckets)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var min = scores.Min(s => s.Score);
        var max = scores.Max(s => s.Score);
        var width = Math.Max(1, (int)Math.Ceiling((max - min + 1) / (double)buckets));
        var counts = new int[(max - min) / width + 1];
        foreach (var s in scores)
        {
            counts[(s.Score - min) / width] += s.Count;
        }

        return [.. counts.Select((c, i) => new CountDto($"{min + (i * width)}–{min + ((i + 1) * width) - 1}", c))];
    }

    private static List<WeekCountDto> Weekly(List<EventCount> rows, Func<EventCount, string> key) =>
        [.. rows.GroupBy(r => (Week: DateOnly.FromDateTime(r.Week), Key: key(r)))
            .Select(g => new WeekCountDto(g.Key.Week, g.Key.Key, g.Sum(r => r.Count)))
            .OrderBy(w => w.Week).ThenBy(w => w.Key, StringComparer.Ordinal)];

}
