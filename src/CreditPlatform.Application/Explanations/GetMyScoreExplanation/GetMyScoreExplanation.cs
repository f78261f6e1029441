using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Explanations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Explanations.GetMyScoreExplanation;

using CreditPlatform.Application.Explanations.GetScoreExplanation;

/// <summary>The signed-in citizen's own explanation; the subject comes from the sign-in, never from the request.</summary>
public sealed record GetMyScoreExplanation : IRequest<ScoreExplanation>;

public sealed class GetMyScoreExplanationHandler(ISender sender, ICurrentActor actor) : IRequestHandler<GetMyScoreExplanation, ScoreExplanation>
{
    public ValueTask<ScoreExplanation> Handle(GetMyScoreExplanation request, CancellationToken cancellationToken) =>
        actor.SubjectId is { } subject
            ? sender.Send(new GetScoreExplanation(subject, null), cancellationToken)
            : throw new ForbiddenException("Only a signed-in citizen has an own score.");
}
