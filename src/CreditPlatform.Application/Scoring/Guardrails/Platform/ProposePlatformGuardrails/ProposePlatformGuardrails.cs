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

namespace CreditPlatform.Application.Scoring.Guardrails.Platform.ProposePlatformGuardrails;

using CreditPlatform.Application.Scoring.Guardrails.SetGuardrails;

/// <summary>A platform administrator proposes new platform guardrails; they bind every scheme once another approves them.</summary>
public sealed record ProposePlatformGuardrails(SetGuardrails? Limits, string? Note) : ICommand<PlatformGuardrailVersionDto>;

public sealed class ProposePlatformGuardrailsHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ProposePlatformGuardrails, PlatformGuardrailVersionDto>
{
    public async ValueTask<PlatformGuardrailVersionDto> Handle(ProposePlatformGuardrails request, CancellationToken cancellationToken)
    {
        PlatformGuardrailVersions.EnsurePlatform(actor);
        var versions = db.Set<PlatformGuardrailVersion>();
        if (await versions.AnyAsync(v => v.Status == PlatformGuardrailStatus.Proposed, cancellationToken))
        {
            throw new ConflictException("A change of the platform's guardrails already awaits a decision; approve or reject it first.");
        }

        var proposal = new PlatformGuardrailVersion
        {
            Version = (await versions.MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1,
            Limits = request.Limits!.ToSet(GuardrailChecker.PlatformSource),
            Status = PlatformGuardrailStatus.Proposed,
            Note = request.Note!.Trim(),
            ProposedBy = actor.Label,
            ProposedAt = Instants.Stored(clock.GetUtcNow()),
        };
        versions.Add(proposal);
        await db.SaveOrConflictAsync("Another change of the platform's guardrails was proposed at the same moment; reload and try again.", cancellationToken);
        return PlatformGuardrailVersionDto.From(proposal);
    }
}
