namespace CreditPlatform.Application.Reports;

/// <summary>A printed score report as <c>score_report_by_code</c> gives it.</summary>
public sealed record StoredScoreReport(
    Guid Id, Guid SubjectId, byte[] ContentHash, string SubjectName, string MaskedIdentifier, int Score, string? Band,
    bool BlackListed, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, string Authority);

/// <summary>
/// Score reports by the hash of their printed code: the bank that checks one belongs to no jurisdiction, so it is read
/// through the narrow functions of migrations 0008 and 0051, one code at a time.
/// </summary>
public interface IScoreReportLookup
{
    Task<StoredScoreReport?> FindByCodeAsync(byte[] codeHash, CancellationToken ct);

    /// <summary>A listing about the report's subject was made or removed after the report was issued.</summary>
    Task<bool> ListingChangedSinceAsync(byte[] codeHash, CancellationToken ct);
}
