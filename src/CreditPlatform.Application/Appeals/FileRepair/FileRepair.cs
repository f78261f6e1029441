using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Appeals.FileRepair;

/// <summary>Ask for credit repair of an entry once its minimum period has passed and the obligation is performed.</summary>
public sealed record FileRepair(Guid? LedgerEntryId, Guid? ListEntryId, bool ObligationPerformed, string? Commitment) : ICommand<RepairDto>;

public sealed record RepairDto(Guid Id, string Status, Guid? LedgerEntryId, Guid? ListEntryId, DateTimeOffset FiledAt, DateTimeOffset? DecidedAt)
{
    public static RepairDto From(RepairRequest r) => new(r.Id, ApiNames.Of(r.Status), r.LedgerEntryId, r.ListEntryId, r.FiledAt, r.DecidedAt);
}

public sealed class FileRepairHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<FileRepair, RepairDto>
{
    public const string TooEarlyCode = AppealErrorCodes.RepairTooEarly;
    public const string ConditionsCode = AppealErrorCodes.RepairConditionsUnmet;

    public async ValueTask<RepairDto> Handle(FileRepair request, CancellationToken cancellationToken)
    {
        var target = await AppealedEntry.LoadAsync(db, request.LedgerEntryId, request.ListEntryId, cancellationToken);
        await target.EnsureActorMayActAsync(db, actor, cancellationToken);
        var (recordedAt, minimumDays) = await MinimumPeriodAsync(target, cancellationToken);
        var now = clock.GetUtcNow();
        var commitment = request.Commitment?.Trim() ?? "";
        if (RepairEligibility.Check(recordedAt, minimumDays, now, request.ObligationPerformed, commitment.Length > 0) is { } refusal)
        {
            var earliest = RepairEligibility.EarliestRequest(recordedAt, minimumDays);
            throw now < earliest
                ? new BusinessRuleException(TooEarlyCode, refusal, new Dictionary<string, object?> { ["earliestRepair"] = earliest })
                : new BusinessRuleException(ConditionsCode, refusal);
        }

        var repair = new RepairRequest
        {
            TenantId = target.Ledger?.TenantId ?? target.Listing!.TenantId,
            Id = Guid.CreateVersion7(),
            Target = target.Target,
            LedgerEntryId = request.LedgerEntryId,
            ListEntryId = request.ListEntryId,
            ObligationPerformed = request.ObligationPerformed,
            Commitment = commitment,
            Status = RepairStatus.Pending,
            FiledAt = now,
            FiledBy = actor.Label,
        };
        db.Set<RepairRequest>().Add(repair);
        await db.SaveChangesAsync(cancellationToken);
        return RepairDto.From(repair);
    }

    /// <summary>A list sets its own period; a ledger entry's comes from its rule's rectification period, else the scheme's.</summary>
    private async Task<(DateTimeOffset RecordedAt, int Days)> MinimumPeriodAsync(AppealedEntry target, CancellationToken ct)
    {
        if (target is { Listing: { } listing, List: { } list })
        {
            return (listing.ListedAt, list.MinimumDaysBeforeRepair);
        }

        var entry = target.Ledger!;
        var ruleDays = await db.Set<RuleVersion>().AsNoTracking()
            .Where(r => r.Code == entry.RuleCode && r.Version == entry.RuleVersion)
            .Select(r => r.RectificationDays)
            .FirstOrDefaultAsync(ct);
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        return (entry.RecordedAt, ruleDays ?? scheme.Definition.RectificationDays ?? 0);
    }
}
