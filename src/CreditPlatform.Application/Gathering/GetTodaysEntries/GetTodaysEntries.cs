using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Actors;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.GetTodaysEntries;

/// <summary>
/// The entries the person acting recorded today (the jurisdiction's day), newest first, whether they signed in or
/// used a key they issued: what they may still undo themselves. Names residents, so it is audited as a read of names.
/// </summary>
public sealed record GetTodaysEntries(string Language) : IRequest<TodaysEntries>, IPersonalDataRead
{
    public const int MaxEntries = 200;

    public Guid? AuditSubjectId => null;
}

public sealed record TodaysEntries(DateOnly Day, IReadOnlyList<TodayEntry> Entries);

/// <param name="Reversed">True once the entry has been undone or reversed by anyone: it no longer counts.</param>
/// <param name="LocalTime">When it was recorded, on the jurisdiction's clock.</param>
public sealed record TodayEntry(
    Guid Id, Guid SubjectId, string ResidentName, string RuleTitle, int Points, DateTimeOffset RecordedAt, TimeOnly LocalTime, bool Reversed);

public sealed class GetTodaysEntriesHandler(IAppDbContext db, ITenantContext tenant, PersonResolver persons, TimeProvider clock)
    : IRequestHandler<GetTodaysEntries, TodaysEntries>
{
    public async ValueTask<TodaysEntries> Handle(GetTodaysEntries request, CancellationToken cancellationToken)
    {
        var day = await GathererDay.OfAsync(db, tenant.TenantId!.Value, clock.GetUtcNow(), cancellationToken);
        var labels = await persons.LabelsOfCurrentPersonAsync(cancellationToken);
        var entries = db.Set<LedgerEntry>().AsNoTracking();
        var rows = await entries
            .Where(e => labels.Contains(e.Recorder) && e.ReversesId == null && e.EventId != null
                && e.RecordedAt >= day.Start && e.RecordedAt < day.End)
            .OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Sequence)
            .Take(GetTodaysEntries.MaxEntries)
            .Select(e => new
            {
                e.Id,
                e.SubjectId,
                Name = db.Subjects.Where(s => s.Id == e.SubjectId).Select(s => s.Name).FirstOrDefault(),
                Rule = db.Set<RuleVersion>().Where(r => r.Code == e.RuleCode && r.Version == e.RuleVersion)
                    .Select(r => new { r.TitleZh, r.TitleEn }).FirstOrDefault(),
                e.RuleCode,
                e.Points,
                e.RecordedAt,
                Reversed = entries.Any(r => r.ReversesId == e.Id),
            })
            .ToListAsync(cancellationToken);
        var english = Languages.IsEnglish(request.Language);
        return new TodaysEntries(day.Day, [.. rows.Select(r => new TodayEntry(
            r.Id, r.SubjectId, r.Name ?? "", r.Rule is null ? r.RuleCode : english ? r.Rule.TitleEn : r.Rule.TitleZh,
            r.Points, r.RecordedAt, TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.RecordedAt, day.Zone).DateTime), r.Reversed))]);
    }
}
