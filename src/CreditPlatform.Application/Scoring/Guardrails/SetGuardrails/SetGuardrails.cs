using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Guardrails.SetGuardrails;

using CreditPlatform.Application.Scoring.Guardrails.GetGuardrails;

/// <summary>
/// Set the limits this jurisdiction imposes on its own rules and on every jurisdiction beneath it. They only ever
/// add to the platform's and the ancestors' limits; rules already approved are not re-judged.
/// </summary>
public sealed record SetGuardrails(
    bool LegalBasisRequired,
    int? MaxPointsPerEntry,
    PeriodLimit? MaxPointsPerSubjectPerRulePerPeriod,
    IReadOnlyList<string>? ForbiddenCategories,
    bool? BandOverrideOnPersonsAllowed,
    int? MaxPurchasablePointsPerYear) : ICommand<TenantGuardrailsDto>
{
    /// <summary>The limits as the checker reads them, named for who sets them.</summary>
    public GuardrailSet ToSet(string name) => new()
    {
        Name = name,
        LegalBasisRequired = LegalBasisRequired,
        MaxPointsPerEntry = MaxPointsPerEntry,
        MaxPointsPerSubjectPerRulePerPeriod = MaxPointsPerSubjectPerRulePerPeriod,
        ForbiddenCategories = [.. (ForbiddenCategories ?? []).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        BandOverrideOnPersonsAllowed = BandOverrideOnPersonsAllowed ?? true,
        MaxPurchasablePointsPerYear = MaxPurchasablePointsPerYear,
    };
}

public sealed class SetGuardrailsHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, TimeProvider clock, ISender sender)
    : ICommandHandler<SetGuardrails, TenantGuardrailsDto>
{
    public async ValueTask<TenantGuardrailsDto> Handle(SetGuardrails request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!.Value;
        var set = request.ToSet(tenant.Slug!);
        var row = await db.Set<TenantGuardrails>().FirstOrDefaultAsync(g => g.TenantId == tenantId, cancellationToken);
        if (row is null)
        {
            row = new TenantGuardrails { TenantId = tenantId };
            db.Set<TenantGuardrails>().Add(row);
        }

        row.Limits = set;
        row.UpdatedAt = Instants.Stored(clock.GetUtcNow());
        row.UpdatedBy = actor.Label;
        await db.SaveOrConflictAsync("The guardrails were changed at the same moment by someone else; reload and try again.", cancellationToken);
        return await sender.Send(new GetGuardrails(), cancellationToken);
    }
}
