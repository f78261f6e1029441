using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Explanations;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Explanations.GetMyRepairPath;

using CreditPlatform.Application.Explanations.GetRepairPath;

/// <summary>The signed-in citizen's own path to repair.</summary>
public sealed record GetMyRepairPath : IRequest<RepairPathDto>;

public sealed class GetMyRepairPathHandler(ISender sender, ICurrentActor actor) : IRequestHandler<GetMyRepairPath, RepairPathDto>
{
    public ValueTask<RepairPathDto> Handle(GetMyRepairPath request, CancellationToken cancellationToken) =>
        actor.SubjectId is { } subject
            ? sender.Send(new GetRepairPath(subject), cancellationToken)
            : throw new ForbiddenException("Only a signed-in citizen has an own path to repair.");
}
