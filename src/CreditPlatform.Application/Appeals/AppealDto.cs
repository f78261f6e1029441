using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Application.Appeals;

public sealed record AppealDto(
    Guid Id,
    string Target,
    Guid? LedgerEntryId,
    Guid? ListEntryId,
    string Reason,
    string Status,
    DateTimeOffset FiledAt,
    DateTimeOffset DecisionDue,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? DecidedAt,
    string? DecisionReasons,
    int? AdjustedPoints,
    Guid? ResultingLedgerEntryId)
{
    /// <summary>The jurisdiction that keeps and decides the appeal when it is not the one asked (its issuer, or the one a deadline handed it to).</summary>
    public string? KeptBy { get; init; }

    public static AppealDto From(Appeal a) => new(
        a.Id, ApiNames.Of(a.Target), a.LedgerEntryId, a.ListEntryId, a.Reason, ApiNames.Of(a.Status), a.FiledAt, a.DecisionDue,
        a.EscalatedAt, a.DecidedAt, a.DecisionReasons, a.AdjustedPoints, a.ResultingLedgerEntryId);
}
