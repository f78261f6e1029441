using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Reports;
using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Reports.VerifyScoreReport;

/// <summary>A bank checks the code printed on a score report. Anyone may ask; an unknown code is a 404.</summary>
public sealed record VerifyScoreReport(string? Code) : IRequest<ScoreReportVerification>;

/// <param name="Status">"valid", "expired", or "altered" (the stored facts no longer match their seal).</param>
/// <param name="ListingChangedSince">A listing about the subject was made or removed after the report was issued: what it says of lists is no longer current.</param>
public sealed record ScoreReportVerification(
    string Status, bool Valid, string Name, string MaskedIdentifier, int Score, string? Band, bool BlackListed,
    DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, string Authority, bool ListingChangedSince = false);

public sealed class VerifyScoreReportHandler(IScoreReportLookup reports, TimeProvider clock) : IRequestHandler<VerifyScoreReport, ScoreReportVerification>
{
    public async ValueTask<ScoreReportVerification> Handle(VerifyScoreReport request, CancellationToken cancellationToken)
    {
        var code = ReportCode.Normalize(request.Code) ?? throw new NotFoundException("No report has this code.");
        var hash = ReportCode.Hash(code);

        var row = await reports.FindByCodeAsync(hash, cancellationToken) ?? throw new NotFoundException("No report has this code.");

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
        var changed = await reports.ListingChangedSinceAsync(hash, cancellationToken);
        var status = !report.IsIntact() ? "altered" : row.ExpiresAt <= clock.GetUtcNow() ? "expired" : "valid";
        return new ScoreReportVerification(status, status == "valid", row.SubjectName, row.MaskedIdentifier, row.Score, row.Band,
            row.BlackListed, row.IssuedAt, row.ExpiresAt, row.Authority, changed);
    }
}
