using System.Globalization;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Explanations;

namespace CreditPlatform.Application.Explanations;

/// <summary>A national entry in the explanation's words: it carries no points here, but it binds, and it has a way out.</summary>
public static class NationalListingNotes
{
    public static ListingNote Of(NationalEntry n)
    {
        var repair = n.ListedAt.AddDays(n.MinimumDaysBeforeRepair);
        var suspended = n.Status == "Suspended";
        var zh = $"{n.AuthorityName}将您列入“{n.ListName}”（{n.ListCode}），原因：{n.Reason}，文书号：{n.DocumentNumber}，"
            + $"措施：{(n.Measures.Length == 0 ? "—" : string.Join("、", n.Measures))}，有效期至{Day(n.ExpiresAt)}。"
            + (suspended ? "申诉审查期间暂停执行。" : "")
            + $"此名单不计分，但在全国适用；可在本地提出申诉，由{n.AuthorityName}决定；自{Day(repair)}起可申请信用修复。";
        var en = $"{n.AuthorityName} placed you on \"{n.ListName}\" ({n.ListCode}) because: {n.Reason}; document {n.DocumentNumber}; "
            + $"measures: {(n.Measures.Length == 0 ? "none" : string.Join(", ", n.Measures))}; until {Day(n.ExpiresAt)}. "
            + (suspended ? "It is suspended while your appeal is reviewed. " : "")
            + $"It carries no points here but applies nationwide; appeal from here and {n.AuthorityName} decides; credit repair may be asked for from {Day(repair)}.";
        return new ListingNote(n.Id, n.Authority, n.AuthorityName, n.ListCode, n.ListName, char.ToLowerInvariant(n.Status[0]) + n.Status[1..],
            n.Reason, n.DocumentNumber, n.Measures, n.ListedAt, n.ExpiresAt, repair, zh, en);
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
