using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.GetVillageBoard;

/// <summary>
/// The village board for the current month: every villager's stars and flags (the whole score read by
/// <see cref="StarBoard"/>) and what they gained or lost this month. Empty when the scheme is not shown as stars.
/// </summary>
/// <param name="Month">Which month ("2026-11"); the current month when empty or not a month before the next.</param>
public sealed record GetVillageBoard(string? Month = null) : IRequest<VillageBoard>, IPersonalDataRead
{
    public const int MaxRows = 1_000;

    public Guid? AuditSubjectId => null;
}

public sealed record VillageBoard(bool DisplayStars, string Month, IReadOnlyList<BoardRow> Rows);

public sealed record BoardRow(Guid SubjectId, string Name, int Score, int ThisMonth, StarTally Tally);

public sealed class GetVillageBoardHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<GetVillageBoard, VillageBoard>
{
    public async ValueTask<VillageBoard> Handle(GetVillageBoard request, CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow();
        var monthStart = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero);
        if (DateTime.TryParseExact(request.Month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var asked)
            && asked.Year >= 2000 && new DateTimeOffset(asked.Year, asked.Month, 1, 0, 0, 0, TimeSpan.Zero) < monthStart)
        {
            monthStart = new DateTimeOffset(asked.Year, asked.Month, 1, 0, 0, 0, TimeSpan.Zero);
        }

        // A past month is read as it stood at its end: the score then is not known here, so the board shows the
        // score now beside what the month gained or lost.
        var now = monthStart.AddMonths(1) <= today ? monthStart.AddMonths(1).AddTicks(-10) : today;
        var month = monthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var scheme = await db.RequireCurrentSchemeAsync(cancellationToken);
        if (!scheme.Definition.DisplayStars)
        {
            return new VillageBoard(false, month, []);
        }

        var people = await db.Subjects.AsNoTracking()
            .Where(s => s.Kind == SubjectKind.Person)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Take(GetVillageBoard.MaxRows)
            .Select(s => new { s.Id, s.Name })
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var scores = await db.Set<SubjectScore>().AsNoTracking()
            .Where(s => ids.Contains(s.SubjectId))
            .ToDictionaryAsync(s => s.SubjectId, s => s.Score, cancellationToken);
        var gained = await db.Counted()
            .Where(e => ids.Contains(e.SubjectId) && e.OccurredAt >= monthStart && e.OccurredAt <= now)
            .GroupBy(e => e.SubjectId)
            .Select(g => new { SubjectId = g.Key, Points = g.Sum(e => e.Points) })
            .ToDictionaryAsync(g => g.SubjectId, g => g.Points, cancellationToken);

        var rows = people.Select(p =>
            {
                var score = scores.GetValueOrDefault(p.Id, scheme.Definition.BaseScore);
                return new BoardRow(p.Id, p.Name, score, gained.GetValueOrDefault(p.Id), StarBoard.For(score));
            })
            .OrderByDescending(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new VillageBoard(true, month, rows);
    }
}
