using System.Globalization;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Outbox;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// Builds the subject's notices in both languages and queues each one for delivery in the same transaction
/// as the action it reports. Outbox payloads carry only the notice's id and kind: adapters look up the rest.
/// </summary>
public static class Notices
{
    public const string Topic = "notification";
    public const string Destination = "notify:";

    public static Notification ForListing(CreditList list, ListEntry entry, DateTimeOffset now)
    {
        var deadline = new AppealWindow(now, list.AppealWindowDays).ClosesAt;
        var (kind, zh, en) = entry.LinkRole switch
        {
            LinkRole.CoListed => (NotificationKind.CoListing, "作为法定代表人被一并列入", "were co-listed, as legal representative, on"),
            LinkRole.Restricted => (NotificationKind.Restriction, "作为法定代表人受到限制措施，依据名单", "are restricted, as legal representative, under"),
            _ => (NotificationKind.Listing, "被列入", "were placed on"),
        };
        return new Notification
        {
            TenantId = entry.TenantId,
            Id = Guid.CreateVersion7(),
            IdentifierHash = entry.IdentifierHash,
            Kind = kind,
            ListEntryId = entry.Id,
            LegalBasis = Clip(list.LegalBasis, Notification.LegalBasisMaxLength),
            AppealDeadline = deadline,
            CreatedAt = now,
            TextZh = Clip($"您{zh}“{list.Name}”，原因：{entry.Reason}。有效期至{Day(entry.ExpiresAt)}。如有异议，请在{Day(deadline)}前在“我的申诉”中选择此条记录并说明理由提出申诉。", Notification.TextMaxLength),
            TextEn = Clip($"You {en} the list \"{list.Name}\" because: {entry.Reason}. It runs until {Day(entry.ExpiresAt)}. If you disagree, appeal by {Day(deadline)}: open \"My appeals\", choose this entry and give your reasons.", Notification.TextMaxLength),
        };
    }

    public static Notification ForDecision(Appeal appeal, DateTimeOffset now) => AboutAppeal(
        appeal, NotificationKind.AppealDecision, now,
        Clip($"您的申诉已有决定：{OutcomeZh(appeal.Status)}。理由：{appeal.DecisionReasons}", Notification.TextMaxLength),
        Clip($"Your appeal has been decided: {OutcomeEn(appeal.Status)}. Reasons: {appeal.DecisionReasons}", Notification.TextMaxLength));

    public static Notification ForEscalation(Appeal appeal, DateTimeOffset now) => AboutAppeal(
        appeal, NotificationKind.AppealEscalated, now,
        "您的申诉未在期限内得到决定，已转交上级机关处理。您无需再做任何事。",
        "Your appeal was not decided in time and has been passed to the higher authority. You need do nothing.");

    private static Notification AboutAppeal(Appeal appeal, NotificationKind kind, DateTimeOffset now, string zh, string en) => new()
    {
        TenantId = appeal.TenantId,
        Id = Guid.CreateVersion7(),
        SubjectId = appeal.SubjectId,
        IdentifierHash = appeal.IdentifierHash,
        Kind = kind,
        LedgerEntryId = appeal.LedgerEntryId,
        ListEntryId = appeal.ListEntryId,
        AppealId = appeal.Id,
        LegalBasis = "",
        CreatedAt = now,
        TextZh = zh,
        TextEn = en,
    };

    public static Notification ForRestoredPoints(Guid tenantId, Guid subjectId, Guid reversalId, int points, bool automatic, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Id = Guid.CreateVersion7(),
        SubjectId = subjectId,
        Kind = automatic ? NotificationKind.Rectification : NotificationKind.Repair,
        LedgerEntryId = reversalId,
        LegalBasis = "",
        CreatedAt = now,
        TextZh = automatic
            ? $"您在整改期内未再有失信记录，已恢复{points}分。"
            : $"您的信用修复申请已获批准，已恢复{points}分。",
        TextEn = automatic
            ? $"You kept a clean record through the rectification period: {points} points have been restored."
            : $"Your credit repair was approved: {points} points have been restored.",
    };

    public static Notification ForRepairedListing(ListEntry entry, DateTimeOffset now) => new()
    {
        TenantId = entry.TenantId,
        Id = Guid.CreateVersion7(),
        IdentifierHash = entry.IdentifierHash,
        Kind = NotificationKind.Repair,
        ListEntryId = entry.Id,
        LegalBasis = "",
        CreatedAt = now,
        TextZh = "您的信用修复申请已获批准，相关名单记录已移出，不再公示。",
        TextEn = "Your credit repair was approved: the list entry has been removed and is no longer published.",
    };

    /// <summary>Adds the notice and its delivery message to the unit of work.</summary>
    public static void Queue(Common.Abstractions.IAppDbContext db, Notification notification)
    {
        db.Set<Notification>().Add(notification);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            TenantId = notification.TenantId,
            Id = Guid.CreateVersion7(),
            Topic = Topic,
            Payload = $$"""{"notificationId":"{{notification.Id}}","kind":"{{notification.Kind}}"}""",
            Destination = Destination + notification.Id,
            NextAttemptAt = notification.CreatedAt,
            CreatedAt = notification.CreatedAt,
        });
    }

    private static string OutcomeZh(AppealStatus status) => status switch
    {
        AppealStatus.Upheld => "申诉成立，记录已撤销",
        AppealStatus.PartiallyUpheld => "申诉部分成立，记录已调整",
        _ => "申诉不成立，记录维持",
    };

    private static string OutcomeEn(AppealStatus status) => status switch
    {
        AppealStatus.Upheld => "upheld, the record has been cancelled",
        AppealStatus.PartiallyUpheld => "partly upheld, the record has been adjusted",
        _ => "rejected, the record stands",
    };

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
