using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Application.Oversight;

/// <summary>What a subject is told when a rule or list that touched them is suspended from above.</summary>
public static class OversightNotices
{
    /// <param name="appealWindowDays">The scheme's appeal window: the review it offers may be asked for that long from now.</param>
    public static Notification ForSuspendedRule(
        Suspension suspension, RuleVersion rule, Guid subjectId, Guid ledgerEntryId, int appealWindowDays, DateTimeOffset now) => new()
    {
        TenantId = suspension.TenantId,
        Id = Guid.CreateVersion7(),
        SubjectId = subjectId,
        Kind = NotificationKind.OversightSuspension,
        LedgerEntryId = ledgerEntryId,
        LegalBasis = Clip(rule.LegalBasis, Notification.LegalBasisMaxLength),
        AppealDeadline = new AppealWindow(now, appealWindowDays).ClosesAt,
        CreatedAt = now,
        TextZh = Clip($"上级机关（{suspension.SuspendedByAuthority}）已暂停本地规则“{rule.TitleZh}”，理由：{suspension.Reason}。暂停期间该规则不再计分。"
            + "您因该规则获得或被扣减的分值可申请复核：在“我的申诉”中选择相关记录，说明理由提出复核申请。", Notification.TextMaxLength),
        TextEn = Clip($"A higher authority ({suspension.SuspendedByAuthority}) has suspended the local rule \"{rule.TitleEn}\" because: {suspension.Reason}. "
            + "While suspended it scores nothing. You may ask for the points it gave or took from you to be reviewed: open \"My appeals\", choose the entry and give your reasons.", Notification.TextMaxLength),
    };

    public static Notification ForSuspendedList(Suspension suspension, CreditList list, ListEntry entry, DateTimeOffset now) => new()
    {
        TenantId = suspension.TenantId,
        Id = Guid.CreateVersion7(),
        IdentifierHash = entry.IdentifierHash,
        Kind = NotificationKind.OversightSuspension,
        ListEntryId = entry.Id,
        LegalBasis = Clip(list.LegalBasis, Notification.LegalBasisMaxLength),
        AppealDeadline = new AppealWindow(now, list.AppealWindowDays).ClosesAt,
        CreatedAt = now,
        TextZh = Clip($"上级机关（{suspension.SuspendedByAuthority}）已暂停名单“{list.Name}”，理由：{suspension.Reason}。暂停期间不再新增列入；"
            + "您的记录仍在名单上，但标明处于暂停审查中。您可申请复核：在“我的申诉”中选择此条记录，说明理由提出复核申请。", Notification.TextMaxLength),
        TextEn = Clip($"A higher authority ({suspension.SuspendedByAuthority}) has suspended the list \"{list.Name}\" because: {suspension.Reason}. "
            + "It takes no new entries meanwhile; your entry stays but is marked as under suspension. You may ask for it to be reviewed: open \"My appeals\", choose this entry and give your reasons.", Notification.TextMaxLength),
    };

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
