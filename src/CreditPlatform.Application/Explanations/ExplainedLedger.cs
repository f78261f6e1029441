using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Domain.Explanations;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Explanations;

/// <summary>A subject's counted entries joined to the exact rule versions that produced them.</summary>
public static class ExplainedLedger
{
    public static async Task RequireSubjectAsync(this IAppDbContext db, Guid subjectId, CancellationToken ct)
    {
        if (!await db.Subjects.AnyAsync(s => s.Id == subjectId, ct))
        {
            throw new NotFoundException("No such subject in this jurisdiction.");
        }
    }

    public static async Task<List<ExplainedEntry>> ExplainedEntriesAsync(this IAppDbContext db, Guid subjectId, CancellationToken ct)
    {
        var entries = await db.Counted().AsNoTracking().Where(e => e.SubjectId == subjectId).ToListAsync(ct);
        var codes = entries.Select(e => e.RuleCode).Distinct().ToList();
        var rules = await db.Set<RuleVersion>().AsNoTracking().Where(r => codes.Contains(r.Code))
            .ToDictionaryAsync(r => (r.Code, r.Version), ct);
        return entries.ConvertAll(e => new ExplainedEntry
        {
            EntryId = e.Id,
            Points = e.Points,
            RawPoints = e.RawPoints,
            OccurredAt = e.OccurredAt,
            RecordedAt = e.RecordedAt,
            ExpiresAt = e.ExpiresAt,
            Quantity = e.Quantity,
            CapNotes = e.CapNotes,
            BandOverride = e.BandOverride,
            BandOverrideUntil = e.BandOverrideUntil,
            Rule = rules.TryGetValue((e.RuleCode, e.RuleVersion), out var rule)
                ? rule.ToDefinition()
                : new RuleDefinition { Code = e.RuleCode, Version = e.RuleVersion, Category = "", SubjectKinds = [], Delta = PointsDelta.Fixed(0), EffectiveFrom = DateTimeOffset.MinValue },
        });
    }
}
