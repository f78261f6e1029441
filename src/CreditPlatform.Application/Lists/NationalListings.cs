using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists;

/// <summary>
/// National list entries that other jurisdictions made about a subject enrolled here, read through the narrow
/// SECURITY DEFINER functions of migration 0051 on the request's own connection (which names this jurisdiction),
/// matched by the identifier's keyed hash. Nothing comes back for an identifier that is not enrolled here.
/// </summary>
public static class NationalListings
{
    public static async Task<IReadOnlyList<NationalEntry>> OfIdentifierAsync(IAppDbContext db, byte[] identifierHash, CancellationToken ct) =>
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

    /// <summary>The issuer of a national entry and the subject here it is about, or null when it is about nobody enrolled here.</summary>
    public static async Task<NationalEntryAtHome?> AtHomeAsync(IAppDbContext db, Guid entryId, CancellationToken ct) =>
        (await db.Database.SqlQuery<NationalEntryAtHome>($"""
            SELECT id AS "Id", tenant_id AS "IssuerTenantId", authority AS "Issuer", home_subject_id AS "HomeSubjectId",
                   identifier_hash AS "IdentifierHash"
            FROM national_entry_at_home({entryId})
            """).ToListAsync(ct)).FirstOrDefault();
}

public sealed class NationalEntryAtHome
{
    public Guid Id { get; set; }
    public Guid IssuerTenantId { get; set; }
    public string Issuer { get; set; } = "";
    public Guid HomeSubjectId { get; set; }
    public byte[] IdentifierHash { get; set; } = [];
}

/// <summary>One national entry with what its list says about appeal and repair; rebuilt as detached domain objects.</summary>
public sealed class NationalEntry
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Authority { get; set; } = "";
    public string AuthorityName { get; set; } = "";
    public Guid ListId { get; set; }
    public string ListCode { get; set; } = "";
    public string ListName { get; set; } = "";
    public string ListKind { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public int AppealWindowDays { get; set; }
    public bool AppealSuspends { get; set; }
    public int MinimumDaysBeforeRepair { get; set; }
    public int DecisionWorkingDays { get; set; }
    public string SubjectKind { get; set; } = "";
    public byte[] IdentifierHash { get; set; } = [];
    public string MaskedIdentifier { get; set; } = "";
    public string Name { get; set; } = "";
    public string Reason { get; set; } = "";
    public string DocumentNumber { get; set; } = "";
    public DateTimeOffset ListedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public string Status { get; set; } = "";
    public string? RemovalReason { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? LinkRole { get; set; }
    public string[] Measures { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsInForce(DateTimeOffset now) => ToEntry().IsInForce(now);

    public ListEntry ToEntry() => new()
    {
        TenantId = TenantId,
        Id = Id,
        ListId = ListId,
        SubjectKind = Enum.Parse<SubjectKind>(SubjectKind),
        IdentifierHash = IdentifierHash,
        MaskedIdentifier = MaskedIdentifier,
        Name = Name,
        Reason = Reason,
        DocumentNumber = DocumentNumber,
        ListedAt = ListedAt,
        ExpiresAt = ExpiresAt,
        Status = Enum.Parse<EntryStatus>(Status),
        RemovalReason = RemovalReason is null ? null : Enum.Parse<Domain.Lists.RemovalReason>(RemovalReason),
        RemovedAt = RemovedAt,
        LinkRole = LinkRole is null ? null : Enum.Parse<Domain.Lists.LinkRole>(LinkRole),
        Measures = Measures,
        CreatedAt = CreatedAt,
    };

    public CreditList ToList() => new()
    {
        TenantId = TenantId,
        Id = ListId,
        Code = ListCode,
        Name = ListName,
        Kind = Enum.Parse<ListKind>(ListKind),
        Scope = ListScope.National,
        LegalBasis = LegalBasis,
        AppealWindowDays = AppealWindowDays,
        AppealSuspends = AppealSuspends,
        MinimumDaysBeforeRepair = MinimumDaysBeforeRepair,
        DecisionWorkingDays = DecisionWorkingDays,
        Measures = Measures,
    };
}
