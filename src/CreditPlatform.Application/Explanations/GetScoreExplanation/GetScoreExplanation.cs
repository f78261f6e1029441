using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Explanations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Explanations.GetScoreExplanation;

/// <summary>Why a subject has the score and band it has: each entry, its rule version, inputs and caps, in sentences.</summary>
public sealed record GetScoreExplanation(Guid SubjectId, DateTimeOffset? AsOf) : IRequest<ScoreExplanation>, IPersonalDataRead
{
    public Guid? AuditSubjectId => SubjectId;
}

public sealed class GetScoreExplanationHandler(IAppDbContext db, INationalListings nationalListings, TimeProvider clock) : IRequestHandler<GetScoreExplanation, ScoreExplanation>
{
    public async ValueTask<ScoreExplanation> Handle(GetScoreExplanation request, CancellationToken cancellationToken)
    {
        await db.RequireSubjectAsync(request.SubjectId, cancellationToken);
        var hash = await db.Subjects.AsNoTracking().Where(s => s.Id == request.SubjectId).Select(s => s.IdentifierHash).FirstAsync(cancellationToken);
        var asOf = request.AsOf ?? clock.GetUtcNow();
        var scheme = request.AsOf is null
            ? await db.RequireCurrentSchemeAsync(cancellationToken)
            : await db.RequireSchemeAtAsync(asOf, cancellationToken);
        var entries = await db.ExplainedEntriesAsync(request.SubjectId, cancellationToken);
        var national = await nationalListings.OfIdentifierAsync(hash, cancellationToken);
        return ScoreExplainer.Explain(scheme.Definition, entries, asOf) with
        {
            Listings = [.. national.Where(n => n.IsInForce(asOf) || n.Status == "Suspended").Select(NationalListingNotes.Of)],
        };
    }
}
