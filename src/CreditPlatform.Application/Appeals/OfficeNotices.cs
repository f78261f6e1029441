using System.Globalization;
using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// The officials' side of an escalation, in both languages: the jurisdiction that missed the deadline is told where the
/// appeal went, the parent that it now decides it and by when. They name the appeal, what it is about and the dates, no person.
/// </summary>
public static class OfficeNotices
{
    public sealed record Text(string TitleZh, string TitleEn, string BodyZh, string BodyEn);

    /// <param name="parentName">Null at the top, where the platform administrators decide.</param>
    public static OfficeNotice HandedOn(Appeal appeal, string? parentName, DateTimeOffset missedDeadline, DateTimeOffset now, TimeZoneInfo zone) => new()
    {
        TenantId = appeal.TenantId,
        Id = Guid.CreateVersion7(),
        Kind = OfficeNotice.AppealHandedOn,
        AppealId = appeal.Id,
        CreatedAt = now,
        TitleZh = $"申诉已于期限 {Day(missedDeadline, zone)} 后转交{parentName ?? "平台管理员"}",
        TitleEn = $"Appeal handed to {parentName ?? "the platform administrators"} after the deadline {Day(missedDeadline, zone)}",
        BodyZh = $"申诉 {appeal.Id}（{TargetZh(appeal)}）未在 {Day(missedDeadline, zone)} 前作出决定，已于 {Day(now, zone)} 转交{parentName ?? "平台管理员"}处理，本机关不再对其作出决定。",
        BodyEn = $"Appeal {appeal.Id} ({TargetEn(appeal)}) was not decided by {Day(missedDeadline, zone)} and was handed to {parentName ?? "the platform administrators"} on {Day(now, zone)}; this office no longer decides it.",
    };

    public static Text Received(Appeal appeal, string childName, DateTimeOffset missedDeadline, DateTimeOffset now, TimeZoneInfo zone) => new(
        $"转交给您的申诉，请于 {Day(appeal.DecisionDue, zone)} 前作出决定",
        $"Appeal handed to you, decide by {Day(appeal.DecisionDue, zone)}",
        $"{childName}的申诉 {appeal.Id}（{TargetZh(appeal)}）未在 {Day(missedDeadline, zone)} 前作出决定，已于 {Day(now, zone)} 转交本机关。请于 {Day(appeal.DecisionDue, zone)} 前作出决定。",
        $"Appeal {appeal.Id} of {childName} ({TargetEn(appeal)}) was not decided by {Day(missedDeadline, zone)} and was handed to you on {Day(now, zone)}. Decide by {Day(appeal.DecisionDue, zone)}.");

    private static string TargetZh(Appeal appeal) => appeal.ListEntryId is { } list ? $"名单记录 {list}" : $"信用记录 {appeal.LedgerEntryId}";

    private static string TargetEn(Appeal appeal) => appeal.ListEntryId is { } list ? $"list entry {list}" : $"ledger entry {appeal.LedgerEntryId}";

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
