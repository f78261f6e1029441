namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>A subject's score, ledger and listings on the officials' subject page.</summary>
    public static class AdminSubject
    {
        public static readonly Text ScoreTitle = new("信用分", "Score");
        public static readonly Text Score = new("当前信用分", "Current score");
        public static readonly Text Trend = new("近 12 个月的信用分", "Score over the last 12 months");
        public static readonly Text LedgerTitle = new("加减分记录", "Points record");
        public static readonly Text NoEntries = new("还没有加减分记录。", "No points recorded yet.");
        public static readonly Text OccurredAt = new("发生日期", "Happened on");
        public static readonly Text Reason = new("原因", "Why");
        public static readonly Text RecordedBy = new("记录部门", "Recorded by");
        public static readonly Text Capped = new("已按上限调整", "reduced by a cap");
        public static readonly Text Correction = new("更正 {0}（{1}）", "corrected {0} ({1})");
        public static readonly Text ListingsTitle = new("本辖区名单上的记录", "Entries on this jurisdiction's lists");
        public static readonly Text NoListings = new("不在本辖区的任何名单上。", "Not on any of this jurisdiction's lists.");
        public static readonly Text Counted = new("计入", "Counts");
        public static readonly Text Expired = new("已过期", "Lapsed");
        public static readonly Text Pending = new("尚未发生", "Dated in the future");
        public static readonly Text Reversed = new("已撤销", "Cancelled");
        public static readonly Text Reversal = new("撤销记录", "Cancellation");

        public static Text LedgerStatus(string status) => status switch
        {
            "expired" => Expired,
            "pending" => Pending,
            "reversed" => Reversed,
            "reversal" => Reversal,
            _ => Counted,
        };
    }
}
