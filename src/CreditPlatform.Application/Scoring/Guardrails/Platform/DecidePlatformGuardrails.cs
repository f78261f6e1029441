using System.Globalization;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.Platform;

/// <summary>A platform administrator proposes new platform guardrails; they bind every scheme once another approves them.</summary>
public sealed record ProposePlatformGuardrails(SetGuardrails? Limits, string? Note) : ICommand<PlatformGuardrailVersionDto>;

/// <summary>A second platform administrator puts the proposal in force (four eyes).</summary>
public sealed record ApprovePlatformGuardrails(int Version) : ICommand<PlatformGuardrailVersionDto>;

/// <summary>A second platform administrator refuses the proposal, saying why.</summary>
public sealed record RejectPlatformGuardrails(string? Reason) : ICommand<PlatformGuardrailVersionDto>
{
    [JsonIgnore]
    public int Version { get; init; }
}

public sealed class ProposePlatformGuardrailsValidator : AbstractValidator<ProposePlatformGuardrails>
{
    public ProposePlatformGuardrailsValidator()
    {
        RuleFor(x => x.Limits).NotNull().WithMessage("Give the limits the platform is to set.").SetValidator(new SetGuardrailsValidator()!);
        RuleFor(x => x.Note).NotEmpty().WithMessage("Say why the platform's guardrails change.").MaximumLength(PlatformGuardrailVersion.NoteMaxLength);
    }
}

public sealed class RejectPlatformGuardrailsValidator : AbstractValidator<RejectPlatformGuardrails>
{
    public RejectPlatformGuardrailsValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the proposal is rejected.").MaximumLength(PlatformGuardrailVersion.NoteMaxLength);
    }
}

internal static class PlatformGuardrailVersions
{
    public static void EnsurePlatform(ICurrentActor actor) => actor.EnsurePlatform("the platform's guardrails");

    public static async Task<PlatformGuardrailVersion> ProposalAsync(IAppDbContext db, int version, CancellationToken ct)
    {
        var proposal = await db.Set<PlatformGuardrailVersion>().FirstOrDefaultAsync(v => v.Version == version, ct)
            ?? throw new NotFoundException("The platform has no such guardrail version.");
        return proposal.Status == PlatformGuardrailStatus.Proposed
            ? proposal
            : throw new ConflictException(string.Create(CultureInfo.InvariantCulture,
                $"Platform guardrail version {version} is not awaiting a decision: it is {proposal.Status.ToString().ToLowerInvariant()}."));
    }
}

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
