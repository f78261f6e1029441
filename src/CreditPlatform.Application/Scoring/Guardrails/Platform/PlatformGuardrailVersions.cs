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

namespace CreditPlatform.Application.Scoring.Guardrails.Platform;

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
