using System.Text.Json;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using Mediator;

namespace CreditPlatform.Application.Checks.GetCheckDecision;

/// <summary>An answer given before, read back from the check log: to the caller that asked, and to the auditors of a
/// jurisdiction that issued an entry behind it.</summary>
public sealed record GetCheckDecision(Guid DecisionId) : IRequest<CheckDecisionResponse>;

public sealed record CheckDecisionResponse(Guid DecisionId, long IndexGeneration, DateTimeOffset At, IReadOnlyList<JsonElement> Results);

public sealed class GetCheckDecisionHandler(ICheckDecisions decisions, ICheckLog log, ICurrentActor actor)
    : IRequestHandler<GetCheckDecision, CheckDecisionResponse>
{
    /// <summary>How long a read waits for this instance's log writer to catch up (it writes within a fraction of a second).</summary>
    private static readonly TimeSpan FlushWait = TimeSpan.FromSeconds(10);

    /// <summary>A decision given by another instance is written by that instance's writer: a few more looks.</summary>
    private static readonly TimeSpan[] LaterLooks = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    public async ValueTask<CheckDecisionResponse> Handle(GetCheckDecision request, CancellationToken cancellationToken)
    {
        // The answer is logged off the request path: what this instance still holds is written first.
        await log.FlushAsync(FlushWait, cancellationToken);
        var decision = await decisions.FindAsync(request.DecisionId, cancellationToken);
        foreach (var wait in LaterLooks)
        {
            if (decision is not null)
            {
                break;
            }

            await Task.Delay(wait, cancellationToken);
            decision = await decisions.FindAsync(request.DecisionId, cancellationToken);
        }

        if (decision is null || !MayRead(decision))
        {
            // Another caller's decision is not acknowledged to exist.
            throw new NotFoundException("No check answer of yours has this decision id.");
        }

        return new CheckDecisionResponse(decision.DecisionId, decision.IndexGeneration, decision.At, decision.Results);
    }

    private bool MayRead(CheckDecision decision) =>
        decision.Actor == actor.Label
        || (actor.HasScope(Scopes.AuditRead)
            && (actor.IsPlatform || (actor.TenantId is { } own && decision.IssuerTenantIds.Contains(own))));
}
