using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.Platform.RejectPlatformGuardrails;

/// <summary>A second platform administrator refuses the proposal, saying why.</summary>
public sealed record RejectPlatformGuardrails(string? Reason) : ICommand<PlatformGuardrailVersionDto>
{
    [JsonIgnore]
    public int Version { get; init; }
}

public sealed class RejectPlatformGuardrailsHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RejectPlatformGuardrails, PlatformGuardrailVersionDto>
{
    public async ValueTask<PlatformGuardrailVersionDto> Handle(RejectPlatformGuardrails request, CancellationToken cancellationToken)
    {
        PlatformGuardrailVersions.EnsurePlatform(actor);
        var proposal = await PlatformGuardrailVersions.ProposalAsync(db, request.Version, cancellationToken);
        proposal.Status = PlatformGuardrailStatus.Rejected;
        proposal.DecidedBy = actor.Label;
        proposal.DecidedAt = Instants.Stored(clock.GetUtcNow());
        proposal.RejectionReason = request.Reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return PlatformGuardrailVersionDto.From(proposal);
    }
}
