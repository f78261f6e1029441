using CreditPlatform.Application.Reports;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>Score reports by code hash, through <c>score_report_by_code</c> (migration 0008) and <c>listing_changed_since_report</c>.</summary>
public sealed class ScoreReportLookup(AppDbContext db) : IScoreReportLookup
{
    public async Task<StoredScoreReport?> FindByCodeAsync(byte[] codeHash, CancellationToken ct) =>
        (await db.Database.SqlQuery<StoredScoreReport>($"""
            SELECT id AS "Id", subject_id AS "SubjectId", content_hash AS "ContentHash", subject_name AS "SubjectName",
                   masked_identifier AS "MaskedIdentifier", score AS "Score", band AS "Band", black_listed AS "BlackListed",
                   issued_at AS "IssuedAt", expires_at AS "ExpiresAt", authority_name AS "Authority"
            FROM score_report_by_code({codeHash})
            """).ToListAsync(ct)).FirstOrDefault();

    public async Task<bool> ListingChangedSinceAsync(byte[] codeHash, CancellationToken ct) =>
        (await db.Database.SqlQuery<bool>($"""SELECT listing_changed_since_report({codeHash}) AS "Value" """).ToListAsync(ct)).Single();
}
