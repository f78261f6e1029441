using System.Globalization;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Outbox;

namespace CreditPlatform.Application.Appeals;

using CreditPlatform.Application.Appeals.FileAppeal;

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

    /// <summary>
    /// A deduction's notice: what was deducted and why, that a cap limited it (a deduction a cap took to zero is still a
    /// recorded negative act and is told), the legal basis and the appeal deadline counted from the recording.
    /// </summary>
    public static Notification ForDeduction(RecordedDeduction deduction, int appealWindowDays)
    {
        var deadline = new AppealWindow(deduction.RecordedAt, appealWindowDays).ClosesAt;
        var capped = deduction.Points > deduction.RawPoints;
        var titleZh = string.IsNullOrEmpty(deduction.TitleZh) ? deduction.RuleCode : deduction.TitleZh;
        var titleEn = string.IsNullOrEmpty(deduction.TitleEn) ? deduction.RuleCode : deduction.TitleEn;
        var cappedZh = capped ? $"（应扣{-deduction.RawPoints}分，受扣分上限限制）" : "";
        var cappedEn = capped ? $" ({-deduction.RawPoints} were due; a cap limited the deduction)" : "";
        return new Notification
        {
            TenantId = deduction.TenantId,
            Id = Guid.CreateVersion7(),
            SubjectId = deduction.SubjectId,
            Kind = NotificationKind.Deduction,
            LedgerEntryId = deduction.EntryId,
            LegalBasis = Clip(deduction.LegalBasis, Notification.LegalBasisMaxLength),
            AppealDeadline = deadline,
            CreatedAt = deduction.RecordedAt,
            TextZh = Clip($"您因“{titleZh}”被扣{-deduction.Points}分{cappedZh}。依据：{deduction.LegalBasis}。如有异议，请在{Day(deadline)}前在“我的申诉”中选择此条记录并说明理由提出申诉。", Notification.TextMaxLength),
            TextEn = Clip($"{-deduction.Points} points were deducted for \"{titleEn}\"{cappedEn}. Legal basis: {deduction.LegalBasis}. If you disagree, appeal by {Day(deadline)}: open \"My appeals\", choose this entry and give your reasons.", Notification.TextMaxLength),
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

    public static Notification ForAppealFiled(Appeal appeal, DateTimeOffset now) => AboutAppeal(
        appeal, NotificationKind.AppealFiled, now,
        $"您的申诉已收到，将在{Day(appeal.DecisionDue)}前作出决定。决定前您无需再做任何事，可随时在“我的申诉”中查看进展或补充证据。",
        $"Your appeal has been received and will be decided by {Day(appeal.DecisionDue)}. You need do nothing meanwhile; follow it or add evidence under \"My appeals\".");

    public static Notification ForSuspension(CreditList list, ListEntry entry, Appeal appeal, DateTimeOffset now) => AboutListEntry(
        entry, NotificationKind.Suspension, now, appeal.Id,
        $"您在“{list.Name}”中的记录因申诉正在审查而暂停执行：在作出决定前，相关措施不再适用，也不再公示。",
        $"Your entry on the list \"{list.Name}\" is suspended while your appeal is reviewed: until the decision, its measures no longer apply and it is not published.");

    public static Notification ForRemoval(CreditList list, ListEntry entry, DateTimeOffset now) => AboutListEntry(
        entry, NotificationKind.Removal, now, null,
        $"您在“{list.Name}”中的记录已移出（{RemovalZh(entry.RemovalReason)}），不再公示，相关措施不再适用。",
        $"Your entry on the list \"{list.Name}\" has been removed ({RemovalEn(entry.RemovalReason)}): it is no longer published and its measures no longer apply.");

    public static Notification ForExpiry(CreditList list, ListEntry entry, DateTimeOffset now) => AboutListEntry(
        entry, NotificationKind.Expiry, now, null,
        $"您在“{list.Name}”中的记录已于{Day(entry.ExpiresAt)}到期失效，不再公示，相关措施不再适用。",
        $"Your entry on the list \"{list.Name}\" lapsed on {Day(entry.ExpiresAt)}: it is no longer published and its measures no longer apply.");

    /// <summary>The organisation's held entry now names it for sure; its measures apply from today.</summary>
    public static Notification ForIdentificationConfirmed(CreditList list, ListEntry entry, DateTimeOffset now)
    {
        var deadline = new AppealWindow(now, list.AppealWindowDays).ClosesAt;
        var notice = AboutListEntry(
            entry, NotificationKind.IdentificationConfirmed, now, null,
            Clip($"经核实，“{list.Name}”中暂缓执行的记录（原因：{entry.Reason}）确认为您，自今日起生效，有效期至{Day(entry.ExpiresAt)}。如有异议，请在{Day(deadline)}前在“我的申诉”中提出申诉。", Notification.TextMaxLength),
            Clip($"A held entry on the list \"{list.Name}\" (because: {entry.Reason}) has been confirmed to be about you and applies from today until {Day(entry.ExpiresAt)}. If you disagree, appeal by {Day(deadline)} under \"My appeals\".", Notification.TextMaxLength));
        notice.LegalBasis = Clip(list.LegalBasis, Notification.LegalBasisMaxLength);
        notice.AppealDeadline = deadline;
        return notice;
    }

    /// <summary>A reminder, <paramref name="days"/> before the window to appeal an entry closes, to a subject who has not appealed.</summary>
    public static Notification ForAppealWindowClosing(Notification original, int days, DateTimeOffset now) => new()
    {
        TenantId = original.TenantId,
        Id = Guid.CreateVersion7(),
        SubjectId = original.SubjectId,
        IdentifierHash = original.IdentifierHash,
        Kind = NotificationKind.AppealWindowClosing,
        LedgerEntryId = original.LedgerEntryId,
        ListEntryId = original.ListEntryId,
        LegalBasis = original.LegalBasis,
        AppealDeadline = original.AppealDeadline,
        CreatedAt = now,
        TextZh = $"提醒：对{Day(original.CreatedAt)}通知您的记录提出申诉的期限将在{days}天后（{Day(original.AppealDeadline!.Value)}）届满。如有异议，请在此之前在“我的申诉”中提出。",
        TextEn = $"Reminder: the time to appeal the entry you were told of on {Day(original.CreatedAt)} ends in {days} days ({Day(original.AppealDeadline!.Value)}). If you disagree, appeal before then under \"My appeals\".",
    };

    /// <summary>From today the subject may apply for credit repair of a ledger entry or list entry.</summary>
    public static Notification ForRepairEligible(Guid tenantId, Guid? subjectId, byte[]? identifierHash, Guid? ledgerEntryId, Guid? listEntryId, string what, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Id = Guid.CreateVersion7(),
        SubjectId = subjectId,
        IdentifierHash = identifierHash,
        Kind = NotificationKind.RepairEligible,
        LedgerEntryId = ledgerEntryId,
        ListEntryId = listEntryId,
        LegalBasis = "",
        CreatedAt = now,
        TextZh = Clip($"自今日起，您可以对“{what}”申请信用修复：在“修复途径”中查看条件，并在“申请信用修复”中提交。", Notification.TextMaxLength),
        TextEn = Clip($"From today you may apply for credit repair of \"{what}\": see the conditions under \"Path to repair\" and apply under \"Apply for repair\".", Notification.TextMaxLength),
    };

    private static Notification AboutListEntry(ListEntry entry, NotificationKind kind, DateTimeOffset now, Guid? appealId, string zh, string en) => new()
    {
        TenantId = entry.TenantId,
        Id = Guid.CreateVersion7(),
        IdentifierHash = entry.IdentifierHash,
        Kind = kind,
        ListEntryId = entry.Id,
        AppealId = appealId,
        LegalBasis = "",
        CreatedAt = now,
        TextZh = Clip(zh, Notification.TextMaxLength),
        TextEn = Clip(en, Notification.TextMaxLength),
    };

    /// <summary>
    /// An issuer's notice about a national entry, repeated where the subject lives: who acted, then the issuer's own
    /// words, then for a listing its document, measures and dates, how to appeal from here (the window runs from this
    /// notice) and from when repair may be asked.
    /// </summary>
    public static Notification RelayedHome(
        Guid homeTenantId, Guid homeSubjectId, Notification source, string authority, Lists.NationalEntry? entry, DateTimeOffset now)
    {
        var isListing = source.Kind is NotificationKind.Listing or NotificationKind.CoListing or NotificationKind.Restriction
            or NotificationKind.IdentificationConfirmed;
        var zh = $"【{authority}】{source.TextZh}";
        var en = $"[{authority}] {source.TextEn}";
        DateTimeOffset? deadline = null;
        if (isListing && entry is not null)
        {
            deadline = new AppealWindow(now, entry.AppealWindowDays).ClosesAt;
            var measures = entry.Measures.Length == 0 ? "—" : string.Join("、", entry.Measures);
            var repair = entry.ListedAt.AddDays(entry.MinimumDaysBeforeRepair);
            zh += $" 名单：{entry.ListName}（{entry.ListCode}）；决定机关：{authority}；文书号：{entry.DocumentNumber}；措施：{measures}；列入日期：{Day(entry.ListedAt)}，有效期至{Day(entry.ExpiresAt)}。"
                + $"您可在本地“我的申诉”中对此记录提出申诉，期限至{Day(deadline.Value)}，由{authority}审查决定；自{Day(repair)}起可申请信用修复。";
            en += $" List: {entry.ListName} ({entry.ListCode}); issuing authority: {authority}; document: {entry.DocumentNumber}; measures: {string.Join(", ", entry.Measures)}; "
                + $"listed {Day(entry.ListedAt)}, until {Day(entry.ExpiresAt)}. You may appeal from here under \"My appeals\" until {Day(deadline.Value)}; {authority} decides. "
                + $"Credit repair may be asked for from {Day(repair)}.";
        }

        return new Notification
        {
            TenantId = homeTenantId,
            Id = Guid.CreateVersion7(),
            SubjectId = homeSubjectId,
            IdentifierHash = source.IdentifierHash,
            Kind = source.Kind,
            ListEntryId = source.ListEntryId,
            AppealId = source.AppealId,
            LegalBasis = source.LegalBasis,
            AppealDeadline = deadline,
            CreatedAt = now,
            RelayedFromId = source.Id,
            TextZh = Clip(zh, Notification.TextMaxLength),
            TextEn = Clip(en, Notification.TextMaxLength),
        };
    }

    /// <summary>Adds the notice and its delivery message to the unit of work.</summary>
    public static void Queue(Common.Abstractions.IAppDbContext db, Notification notification)
    {
        db.Set<Notification>().Add(notification);
        db.Set<OutboxMessage>().Add(DeliveryOf(notification));
    }

    /// <summary>The outbox message that delivers a notice: only its id and kind travel; adapters look up the rest.</summary>
    public static OutboxMessage DeliveryOf(Notification notification) => new()
    {
        TenantId = notification.TenantId,
        Id = Guid.CreateVersion7(),
        Topic = Topic,
        Payload = $$"""{"notificationId":"{{notification.Id}}","kind":"{{notification.Kind}}"}""",
        Destination = Destination + notification.Id,
        NextAttemptAt = notification.CreatedAt,
        CreatedAt = notification.CreatedAt,
    };

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

    private static string RemovalZh(RemovalReason? reason) => reason switch
    {
        RemovalReason.Performed => "已履行",
        RemovalReason.AppealUpheld => "申诉成立",
        RemovalReason.Repaired => "信用修复",
        RemovalReason.Expired => "到期",
        _ => "记录有误",
    };

    private static string RemovalEn(RemovalReason? reason) => reason switch
    {
        RemovalReason.Performed => "the obligation was performed",
        RemovalReason.AppealUpheld => "an appeal was upheld",
        RemovalReason.Repaired => "credit repair",
        RemovalReason.Expired => "it expired",
        _ => "it was recorded in error",
    };

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
