using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Oversight;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Ledger.GetSubjectLedger;

/// <summary>Every entry of a subject, newest first, each with the rule's wording and legal basis and the last day to appeal it.</summary>
public sealed record GetSubjectLedger(Guid SubjectId, string Language) : IRequest<IReadOnlyList<LedgerEntryDto>>, IPersonalDataRead
{
    public Guid? AuditSubjectId => SubjectId;
}

/// <param name="Status">"counted", "expired" (its points have lapsed), "pending" (dated after now), "underAppeal", "reversed", or "reversal".</param>
public sealed record LedgerEntryDto(
    Guid Id,
    long Sequence,
    string RuleCode,
    int RuleVersion,
    string Title,
    int Points,
    int RawPoints,
    bool Capped,
    IReadOnlyList<string> CapNotes,
    decimal? Quantity,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    DateTimeOffset? ExpiresAt,
    string LegalBasis,
    string Status,
    DateTimeOffset? AppealDeadline,
    Guid? ReversesId,
    Guid? ReversedBy,
    string? Reason,
    string? Department);

public sealed class GetSubjectLedgerHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<GetSubjectLedger, IReadOnlyList<LedgerEntryDto>>
{
    public async ValueTask<IReadOnlyList<LedgerEntryDto>> Handle(GetSubjectLedger request, CancellationToken cancellationToken)
    {
        if (!await db.Subjects.AnyAsync(s => s.Id == request.SubjectId, cancellationToken))
        {
            throw new NotFoundException("No such subject in this jurisdiction.");
        }

        var now = clock.GetUtcNow();
        var scheme = await db.RequireCurrentSchemeAsync(cancellationToken);
        var entries = await db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.SubjectId == request.SubjectId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Sequence)
            .ToListAsync(cancellationToken);
        var codes = entries.Select(e => e.RuleCode).Distinct().ToList();
        var rules = await db.Set<RuleVersion>().AsNoTracking().Where(r => codes.Contains(r.Code))
            .ToDictionaryAsync(r => (r.Code, r.Version), cancellationToken);
        var suspendedSince = await Suspensions.InForceSinceAsync(db, SuspensionTarget.Rule, codes, cancellationToken);
        var reversedBy = entries.Where(e => e.ReversesId is not null).ToDictionary(e => e.ReversesId!.Value, e => e.Id);
        var underAppeal = (await db.Set<Appeal>().AsNoTracking()
            .Where(a => a.SubjectId == request.SubjectId && a.LedgerEntryId != null
                && (a.Status == AppealStatus.Pending || a.Status == AppealStatus.Escalated))
            .Select(a => a.LedgerEntryId!.Value)
            .ToListAsync(cancellationToken)).ToHashSet();
        var english = Languages.IsEnglish(request.Language);

        return [.. entries.Select(e =>
        {
            var rule = rules.GetValueOrDefault((e.RuleCode, e.RuleVersion));
            var reversal = reversedBy.TryGetValue(e.Id, out var by) ? by : (Guid?)null;
            return new LedgerEntryDto(
                e.Id,
                e.Sequence,
                e.RuleCode,
                e.RuleVersion,
                rule is null ? e.RuleCode : english ? rule.TitleEn : rule.TitleZh,
                e.Points,
                e.RawPoints,
                e.Capped,
                e.CapNotes,
                e.Quantity,
                e.OccurredAt,
                e.RecordedAt,
                e.ExpiresAt,
                rule?.LegalBasis ?? "",
                underAppeal.Contains(e.Id) && reversal is null ? "underAppeal" : StatusOf(e, reversal, now),
                e.IsReversal ? null : new AppealWindow(e.RecordedAt, scheme.Definition.AppealWindowDays)
                    .ReopenedAt(suspendedSince.TryGetValue(e.RuleCode, out var since) ? since : null).ClosesAt,
                e.ReversesId,
                reversal,
                e.Reason,
                e.Department);
        })];
    }

    private static string StatusOf(LedgerEntry e, Guid? reversedBy, DateTimeOffset now) => e switch
    {
        { IsReversal: true } => "reversal",
        _ when reversedBy is not null => "reversed",
        _ when e.OccurredAt > now => "pending",
        { ExpiresAt: { } expires } when expires <= now => "expired",
        _ => "counted",
    };
}
