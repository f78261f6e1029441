using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Explanations;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Explanations.GetRepairPath;

/// <summary>What holds a subject's score or listing down, when repair may be asked for, and when each lapses by itself.</summary>
public sealed record GetRepairPath(Guid SubjectId) : IRequest<RepairPathDto>, IPersonalDataRead
{
    public Guid? AuditSubjectId => SubjectId;
}

public sealed record RepairPathDto(Guid SubjectId, int Score, string? Band, DateTimeOffset AsOf, IReadOnlyList<RepairStep> Steps);

public sealed class GetRepairPathHandler(IAppDbContext db, INationalListings nationalListings, TimeProvider clock) : IRequestHandler<GetRepairPath, RepairPathDto>
{
    public async ValueTask<RepairPathDto> Handle(GetRepairPath request, CancellationToken cancellationToken)
    {
        var subject = await db.Set<Subject>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SubjectId, cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");
        var now = clock.GetUtcNow();
        var scheme = await db.RequireCurrentSchemeAsync(cancellationToken);
        var entries = await db.ExplainedEntriesAsync(subject.Id, cancellationToken);
        var hash = subject.IdentifierHash;
        var listings = await db.Set<ListEntry>().AsNoTracking()
            .Where(e => e.IdentifierHash == hash && e.Status == EntryStatus.Active && e.ExpiresAt > now)
            .Join(db.Set<CreditList>().AsNoTracking(), e => e.ListId, l => l.Id, (e, l) => new { e, l })
            .ToListAsync(cancellationToken);
        var held = listings.Select(x => new HeldListing(x.e, x.l)).ToList();

        // National entries other jurisdictions made about this subject bind here too; their issuer decides repair.
        held.AddRange((await nationalListings.OfIdentifierAsync(hash, cancellationToken))
            .Where(n => n.IsInForce(now))
            .Select(n => new HeldListing(n.ToEntry(), n.ToList())));
        var current = ScoreCalculator.Compute(scheme.Definition, entries.Select(e => e.ToLine()), now);
        var steps = RepairPathPlanner.Plan(scheme.Definition, entries, held, now);
        return new RepairPathDto(subject.Id, current.Score, current.Band, now, steps);
    }
}
