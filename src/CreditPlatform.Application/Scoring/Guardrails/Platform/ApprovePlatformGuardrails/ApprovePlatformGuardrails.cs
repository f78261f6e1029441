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

namespace CreditPlatform.Application.Scoring.Guardrails.Platform.ApprovePlatformGuardrails;

/// <summary>A second platform administrator puts the proposal in force (four eyes).</summary>
public sealed record ApprovePlatformGuardrails(int Version) : ICommand<PlatformGuardrailVersionDto>;

public sealed class ApprovePlatformGuardrailsHandler(IAppDbContext db, ICurrentActor actor, PersonResolver persons, TimeProvider clock)
    : ICommandHandler<ApprovePlatformGuardrails, PlatformGuardrailVersionDto>
{
    public async ValueTask<PlatformGuardrailVersionDto> Handle(ApprovePlatformGuardrails request, CancellationToken cancellationToken)
    {
        PlatformGuardrailVersions.EnsurePlatform(actor);
        var proposal = await PlatformGuardrailVersions.ProposalAsync(db, request.Version, cancellationToken);
        await RuleFourEyes.EnsureAsync(persons, proposal.ProposedBy, "proposedBy",
            "Four-eyes principle: the platform's guardrails change when an administrator other than the one who proposed it approves.", cancellationToken);

        var now = Instants.Stored(clock.GetUtcNow());
        foreach (var active in await db.Set<PlatformGuardrailVersion>().Where(v => v.Status == PlatformGuardrailStatus.Active).ToListAsync(cancellationToken))
        {
            active.Status = PlatformGuardrailStatus.Superseded;
        }

        // The old version must leave 'Active' before the new one takes it (one active version, enforced by an index).
        await db.SaveChangesAsync(cancellationToken);
        proposal.Status = PlatformGuardrailStatus.Active;
        proposal.DecidedBy = actor.Label;
        proposal.DecidedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return PlatformGuardrailVersionDto.From(proposal);
    }
}
