using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Reports;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Reports;

/// <summary>A bank checks the code printed on a score report. Anyone may ask; an unknown code is a 404.</summary>
public sealed record VerifyScoreReport(string? Code) : IRequest<ScoreReportVerification>;

/// <param name="Status">"valid", "expired", or "altered" (the stored facts no longer match their seal).</param>
/// <param name="ListingChangedSince">A listing about the subject was made or removed after the report was issued: what it says of lists is no longer current.</param>
public sealed record ScoreReportVerification(
    string Status, bool Valid, string Name, string MaskedIdentifier, int Score, string? Band, bool BlackListed,
    DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, string Authority, bool ListingChangedSince = false);

public sealed class VerifyScoreReportValidator : AbstractValidator<VerifyScoreReport>
{
    public VerifyScoreReportValidator() =>
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code printed on the report.")
            .MaximumLength(40).WithMessage("A report code has 16 letters and digits.");
}

public sealed class VerifyScoreReportHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<VerifyScoreReport, ScoreReportVerification>
{
    public async ValueTask<ScoreReportVerification> Handle(VerifyScoreReport request, CancellationToken cancellationToken)
    {
        var code = ReportCode.Normalize(request.Code) ?? throw new NotFoundException("No report has this code.");
        var hash = ReportCode.Hash(code);

        // The bank belongs to no jurisdiction: read through score_report_by_code (migration 0008), one code at a time.
        var row = (await db.Database.SqlQuery<Row>($"""
            SELECT id AS "Id", subject_id AS "SubjectId", content_hash AS "ContentHash", subject_name AS "SubjectName",
                   masked_identifier AS "MaskedIdentifier", score AS "Score", band AS "Band", black_listed AS "BlackListed",
                   issued_at AS "IssuedAt", expires_at AS "ExpiresAt", authority_name AS "Authority"
            FROM score_report_by_code({hash})
            """).ToListAsync(cancellationToken)).FirstOrDefault() ?? throw new NotFoundException("No report has this code.");

        var report = new ScoreReport
        {
            SubjectId = row.SubjectId,
            ContentHash = row.ContentHash,
            SubjectName = row.SubjectName,
            MaskedIdentifier = row.MaskedIdentifier,
            Score = row.Score,
            Band = row.Band,
            BlackListed = row.BlackListed,
            IssuedAt = row.IssuedAt,
        };
        var changed = (await db.Database.SqlQuery<bool>($"""SELECT listing_changed_since_report({hash}) AS "Value" """)
            .ToListAsync(cancellationToken)).Single();
        var status = !report.IsIntact() ? "altered" : row.ExpiresAt <= clock.GetUtcNow() ? "expired" : "valid";
        return new ScoreReportVerification(status, status == "valid", row.SubjectName, row.MaskedIdentifier, row.Score, row.Band,
            row.BlackListed, row.IssuedAt, row.ExpiresAt, row.Authority, changed);
    }

    private sealed record Row(
        Guid Id, Guid SubjectId, byte[] ContentHash, string SubjectName, string MaskedIdentifier, int Score, string? Band,
        bool BlackListed, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, string Authority);
}
