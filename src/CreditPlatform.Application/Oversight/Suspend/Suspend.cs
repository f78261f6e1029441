using System.Text.Json.Serialization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Oversight.Suspend;

/// <summary>
/// A higher level suspends a rule or list of this jurisdiction, with a reason, at once: the rule scores nothing more
/// and the list takes no new entries until a lift is proposed and approved by two different people. Every subject
/// whose points or listings came from it is told why, and how to ask for a review.
/// </summary>
public sealed record Suspend(string Reason) : ICommand<SuspensionDto>
{
    [JsonIgnore]
    public SuspensionTarget Target { get; init; }

    [JsonIgnore]
    public string Code { get; init; } = "";
}

public sealed class SuspendHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<Suspend, SuspensionDto>
{
    public async ValueTask<SuspensionDto> Handle(Suspend request, CancellationToken cancellationToken)
    {
        var scope = request.Target == SuspensionTarget.Rule ? Scopes.RulesWrite : Scopes.ListsWrite;
        await OversightAccess.EnsureOverseerAsync(db, tenant, actor, scope, cancellationToken);
        var code = Suspensions.Normalise(request.Code);
        await Suspensions.EnsureExistsAsync(db, request.Target, code, cancellationToken);
        if (await Suspensions.InForceAsync(db, request.Target, code, cancellationToken) is not null)
        {
            throw new ConflictException($"The {SuspensionDto.TargetName(request.Target)} {code} is already suspended.", OversightErrorCodes.AlreadySuspended);
        }

        var now = Instants.Stored(clock.GetUtcNow());
        var (name, department, authority) = await Suspensions.DescribeActorAsync(db, users, actor, cancellationToken);
        var suspension = new Suspension
        {
            TenantId = tenant.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            Target = request.Target,
            Code = code,
            Reason = request.Reason.Trim(),
            SuspendedBy = actor.Label,
            SuspendedByName = name,
            SuspendedByDepartment = department,
            SuspendedByTenantId = actor.TenantId,
            SuspendedByAuthority = authority,
            SuspendedAt = now,
        };
        suspension.SubjectsNotified = request.Target == SuspensionTarget.Rule
            ? await NotifyRuleSubjectsAsync(suspension, now, cancellationToken)
            : await NotifyListedAsync(suspension, now, cancellationToken);
        db.Set<Suspension>().Add(suspension);
        await db.SaveChangesAsync(cancellationToken);
        return SuspensionDto.From(suspension);
    }

    private async Task<int> NotifyRuleSubjectsAsync(Suspension suspension, DateTimeOffset now, CancellationToken ct)
    {
        var rule = await db.Set<RuleVersion>().AsNoTracking()
            .Where(r => r.Code == suspension.Code).OrderByDescending(r => r.Version).FirstAsync(ct);
        var scheme = await db.RequireCurrentSchemeAsync(ct);
        // The latest counted entry of each subject: the notice points at it, so the review request has an entry to name.
        var latest = await db.Counted()
            .Where(e => e.RuleCode == suspension.Code)
            .GroupBy(e => e.SubjectId)
            .Select(g => new { SubjectId = g.Key, EntryId = g.OrderByDescending(e => e.RecordedAt).Select(e => e.Id).First() })
            .ToListAsync(ct);
        foreach (var subject in latest)
        {
            Notices.Queue(db, OversightNotices.ForSuspendedRule(suspension, rule, subject.SubjectId, subject.EntryId, scheme.Definition.AppealWindowDays, now));
        }

        return latest.Count;
    }

    private async Task<int> NotifyListedAsync(Suspension suspension, DateTimeOffset now, CancellationToken ct)
    {
        var list = await db.Set<CreditList>().AsNoTracking().FirstAsync(l => l.Code == suspension.Code, ct);
        var entries = await db.Set<ListEntry>().AsNoTracking()
            .Where(e => e.ListId == list.Id && (e.Status == EntryStatus.Active || e.Status == EntryStatus.Suspended) && e.ExpiresAt > now)
            .ToListAsync(ct);
        foreach (var entry in entries)
        {
            Notices.Queue(db, OversightNotices.ForSuspendedList(suspension, list, entry, now));
        }

        return entries.Select(e => Convert.ToHexString(e.IdentifierHash)).Distinct(StringComparer.Ordinal).Count();
    }
}
