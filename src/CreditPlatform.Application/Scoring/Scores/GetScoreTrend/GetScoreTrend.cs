using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Scores.GetScoreTrend;

/// <summary>A subject's month-end scores, oldest first, from the monthly snapshots.</summary>
public sealed record GetScoreTrend(Guid SubjectId, int Months) : IRequest<IReadOnlyList<TrendPointDto>>, IPersonalDataRead
{
    public const int MaxMonths = 120;

    public Guid? AuditSubjectId => SubjectId;
}

/// <param name="Month">"2025-04".</param>
public sealed record TrendPointDto(string Month, int Score, string? Band);

public sealed class GetScoreTrendHandler(IAppDbContext db) : IRequestHandler<GetScoreTrend, IReadOnlyList<TrendPointDto>>
{
    public async ValueTask<IReadOnlyList<TrendPointDto>> Handle(GetScoreTrend request, CancellationToken cancellationToken)
    {
        if (!await db.Subjects.AnyAsync(s => s.Id == request.SubjectId, cancellationToken))
        {
            throw new NotFoundException("No such subject in this jurisdiction.");
        }

        var snapshots = await db.Set<ScoreSnapshot>().AsNoTracking()
            .Where(s => s.SubjectId == request.SubjectId)
            .OrderByDescending(s => s.Month)
            .Take(request.Months)
            .ToListAsync(cancellationToken);
        return [.. snapshots.OrderBy(s => s.Month)
            .Select(s => new TrendPointDto(s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), s.Score, s.Band))];
    }
}
