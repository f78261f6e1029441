using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Scores.GetScore;

/// <summary>
/// A subject's score now, or as of a moment. "Now" comes from the stored score while it is still current; once a
/// point has lapsed, an override has ended or the scheme has changed since it was stored, it is computed from the
/// ledger instead, as every past moment is.
/// </summary>
public sealed record GetScore(Guid SubjectId, DateTimeOffset? AsOf) : IRequest<ScoreDto>, IPersonalDataRead
{
    public Guid? AuditSubjectId => SubjectId;
}

/// <param name="Stars">The village board's reading of the score, for schemes shown as stars and flags.</param>
public sealed record ScoreDto(Guid SubjectId, int Score, string? Band, DateTimeOffset AsOf, int SchemeVersion, StarTally? Stars);

public sealed class GetScoreHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<GetScore, ScoreDto>
{
    public async ValueTask<ScoreDto> Handle(GetScore request, CancellationToken cancellationToken)
    {
        if (!await db.Subjects.AnyAsync(s => s.Id == request.SubjectId, cancellationToken))
        {
            throw new NotFoundException("No such subject in this jurisdiction.");
        }

        var now = clock.GetUtcNow();
        var asOf = request.AsOf ?? now;
        var scheme = request.AsOf is null
            ? await db.RequireCurrentSchemeAsync(cancellationToken)
            : await db.RequireSchemeAtAsync(asOf, cancellationToken);

        if (request.AsOf is null)
        {
            var stored = await db.Set<SubjectScore>().AsNoTracking().FirstOrDefaultAsync(s => s.SubjectId == request.SubjectId, cancellationToken);
            if (stored is not null && stored.IsCurrent(scheme.Version, now))
            {
                return Dto(request.SubjectId, stored.Score, stored.Band, asOf, scheme);
            }
        }

        var lines = await db.CountedLinesAsync(request.SubjectId, cancellationToken);
        var result = ScoreCalculator.Compute(scheme.Definition, lines, asOf);
        return Dto(request.SubjectId, result.Score, result.Band, asOf, scheme);
    }

    private static ScoreDto Dto(Guid subjectId, int score, string? band, DateTimeOffset asOf, SchemeVersion scheme) =>
        new(subjectId, score, band, asOf, scheme.Version, scheme.Definition.DisplayStars ? StarBoard.For(score) : null);
}
