using System.Text.Json.Serialization;
using CreditPlatform.Application.Checks;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Reports;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Reports.IssueScoreReport;

/// <summary>A citizen issues a report of their own score for a bank; the code on it lets the bank check it.</summary>
public sealed record IssueScoreReport : ICommand<IssuedScoreReport>, ISubjectCommand
{
    [JsonIgnore]
    public Guid? AuditSubjectId => null;
}

/// <param name="Code">Shown once, on the printed report; only its hash is kept.</param>
public sealed record IssuedScoreReport(
    Guid Id, string Code, string SubjectName, string MaskedIdentifier, int Score, string? Band, bool BlackListed,
    DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : ISubjectResult
{
    [JsonIgnore]
    public Guid SubjectId { get; init; }
}

public sealed class IssueScoreReportHandler(IAppDbContext db, ICurrentActor actor, ITenantContext tenant, IListIndex lists, TimeProvider clock)
    : ICommandHandler<IssueScoreReport, IssuedScoreReport>
{
    public async ValueTask<IssuedScoreReport> Handle(IssueScoreReport request, CancellationToken cancellationToken)
    {
        var subjectId = actor.SubjectId ?? throw new ForbiddenException("Only a citizen can issue a report of their own score.");
        var tenantId = tenant.TenantId ?? throw new ForbiddenException("Reports are issued inside a jurisdiction.");
        var subject = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId, cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");

        var now = Instants.Stored(clock.GetUtcNow());
        var scheme = await db.RequireCurrentSchemeAsync(cancellationToken);
        var score = ScoreCalculator.Compute(scheme.Definition, await db.CountedLinesAsync(subjectId, cancellationToken), now);
        lists.EnsureServing();
        var blackListed = lists.Find(subject.IdentifierHash).Any(e =>
            e.List.Kind == ListKind.Black && e.ExpiresAt > now && e.Role != LinkRole.Restricted
            && (e.List.Scope == ListScope.National || e.List.TenantId == tenantId));

        var code = ReportCode.New();
        var report = new ScoreReport
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            SubjectId = subjectId,
            CodeHash = ReportCode.Hash(code),
            SubjectName = subject.Name,
            MaskedIdentifier = subject.MaskedIdentifier,
            Score = score.Score,
            Band = score.Band,
            BlackListed = blackListed,
            IssuedAt = now,
            ExpiresAt = now.AddDays(ScoreReport.ValidDays),
        };
        report.Seal();
        db.Set<ScoreReport>().Add(report);
        await db.SaveChangesAsync(cancellationToken);

        return new IssuedScoreReport(report.Id, ReportCode.Display(code), report.SubjectName, report.MaskedIdentifier, report.Score,
            report.Band, report.BlackListed, report.IssuedAt, report.ExpiresAt) { SubjectId = subjectId };
    }
}
