namespace CreditPlatform.Application.Appeals;

/// <summary>
/// A ledger entry that took points (or would have, had a cap not taken it to zero), with its rule's titles and legal
/// basis as they stood in the version that scored it: what a deduction's notice says.
/// </summary>
public sealed record RecordedDeduction(
    Guid TenantId,
    Guid SubjectId,
    Guid EntryId,
    string RuleCode,
    string? TitleZh,
    string? TitleEn,
    string LegalBasis,
    int Points,
    int RawPoints,
    DateTimeOffset RecordedAt);
