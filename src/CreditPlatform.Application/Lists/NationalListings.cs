using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Application.Lists;

/// <summary>
/// National list entries that other jurisdictions made about a subject enrolled here, read through the narrow
/// SECURITY DEFINER functions of migration 0051 on the request's own connection (which names this jurisdiction),
/// matched by the identifier's keyed hash. Nothing comes back for an identifier that is not enrolled here.
/// </summary>
public interface INationalListings
{
    Task<IReadOnlyList<NationalEntry>> OfIdentifierAsync(byte[] identifierHash, CancellationToken ct);

    /// <summary>The issuer of a national entry and the subject here it is about, or null when it is about nobody enrolled here.</summary>
    Task<NationalEntryAtHome?> AtHomeAsync(Guid entryId, CancellationToken ct);
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
