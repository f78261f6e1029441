using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Audit.ListAuditEntries;

/// <summary>
/// The current tenant's audit trail, newest first, optionally for one subject. Reading it is itself
/// a read of personal data (who looked at whom), so it is audited too.
/// </summary>
public sealed record ListAuditEntries(Guid? SubjectId, int? Page) : IRequest<AuditPage>, IPersonalDataRead
{
    public const int PageSize = 50;

    /// <summary>Only rows of this action (exact name, e.g. "GetSubject"); the admin page filters with it.</summary>
    public string? Action { get; init; }

    public Guid? AuditSubjectId => SubjectId;
}

public sealed record AuditEntryDto(
    long Sequence, DateTimeOffset At, string Actor, string Action, Guid? SubjectId, string? Reason, string? CorrelationId, string Hash);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, long Total);

public sealed class ListAuditEntriesHandler(IAppDbContext db) : IRequestHandler<ListAuditEntries, AuditPage>
{
    public async ValueTask<AuditPage> Handle(ListAuditEntries request, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var query = db.AuditEntries.AsNoTracking();
        if (request.SubjectId is { } subject)
        {
            query = query.Where(a => a.SubjectId == subject);
        }

        if (!string.IsNullOrWhiteSpace(request.Action))
        {
            var action = request.Action.Trim();
            query = query.Where(a => a.Action == action);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(a => a.Sequence)
            .Skip((page - 1) * ListAuditEntries.PageSize)
            .Take(ListAuditEntries.PageSize)
            .Select(a => new { a.Sequence, a.At, a.Actor, a.Action, a.SubjectId, a.Reason, a.CorrelationId, a.Hash })
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(a => new AuditEntryDto(a.Sequence, a.At, a.Actor, a.Action, a.SubjectId, a.Reason, a.CorrelationId, Convert.ToHexStringLower(a.Hash)))
            .ToList();
        return new AuditPage(items, page, ListAuditEntries.PageSize, total);
    }
}
