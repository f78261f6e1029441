using CreditPlatform.Application.Lists;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>National entries about subjects enrolled here, through the SECURITY DEFINER functions of migration 0051.</summary>
public sealed class NationalListings(AppDbContext db) : INationalListings
{
    public async Task<IReadOnlyList<NationalEntry>> OfIdentifierAsync(byte[] identifierHash, CancellationToken ct) =>
        await db.Database.SqlQuery<NationalEntry>($"""
            SELECT id AS "Id", tenant_id AS "TenantId", authority AS "Authority", authority_name AS "AuthorityName",
                   list_id AS "ListId", list_code AS "ListCode", list_name AS "ListName", list_kind AS "ListKind",
                   legal_basis AS "LegalBasis", appeal_window_days AS "AppealWindowDays", appeal_suspends AS "AppealSuspends",
                   minimum_days_before_repair AS "MinimumDaysBeforeRepair", decision_working_days AS "DecisionWorkingDays",
                   subject_kind AS "SubjectKind", identifier_hash AS "IdentifierHash", masked_identifier AS "MaskedIdentifier",
                   name AS "Name", reason AS "Reason", document_number AS "DocumentNumber", listed_at AS "ListedAt",
                   expires_at AS "ExpiresAt", status AS "Status", removal_reason AS "RemovalReason", removed_at AS "RemovedAt",
                   link_role AS "LinkRole", measures AS "Measures", created_at AS "CreatedAt"
            FROM national_entries_of_identifier({identifierHash})
            """).ToListAsync(ct);

    public async Task<NationalEntryAtHome?> AtHomeAsync(Guid entryId, CancellationToken ct) =>
        (await db.Database.SqlQuery<NationalEntryAtHome>($"""
            SELECT id AS "Id", tenant_id AS "IssuerTenantId", authority AS "Issuer", home_subject_id AS "HomeSubjectId",
                   identifier_hash AS "IdentifierHash"
            FROM national_entry_at_home({entryId})
            """).ToListAsync(ct)).FirstOrDefault();
}
