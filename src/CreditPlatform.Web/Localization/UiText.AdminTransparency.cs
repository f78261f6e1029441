namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The transparency report (Pages/Admin/Transparency).</summary>
    public static class AdminTransparency
    {
        public static readonly Text Title = new("透明度报告", "Transparency report");
        public static readonly Text Intro = new("本辖区在选定期间内记录了多少信用事件、列入和移出了多少名单记录、处理了多少异议。只有数字，不含任何个人信息。", "How many credit events this jurisdiction recorded in the chosen period, how many list entries it made and removed, and how many appeals it handled. Counts only, no personal data.");
        public static readonly Text PeriodKind = new("期间", "Period");
        public static readonly Text Month = new("月", "Month");
        public static readonly Text Quarter = new("季度", "Quarter");
        public static readonly Text Year = new("年", "Year");
        public static readonly Text Number = new("第几月或第几季度", "Month or quarter number");
        public static readonly Text Show = new("查看", "Show");
        public static readonly Text PeriodShown = new("期间 {0}（{1} 至 {2}）", "Period {0} ({1} to {2})");
        public static readonly Text DownloadCsv = new("下载 CSV 文件", "Download as CSV");
        public static readonly Text Detail = new("说明", "Detail");
        public static readonly Text Count = new("数量", "Count");
        public static readonly Text Nothing = new("本期间没有。", "None in this period.");
        public static readonly Text EventsByRule = new("按规则统计的信用事件", "Events by rule");
        public static readonly Text EventsByCategory = new("按类别统计的信用事件", "Events by category");
        public static readonly Text EventsByDepartment = new("按记录部门统计的信用事件", "Events by recording department");
        public static readonly Text Listings = new("列入名单（按原因）", "Listings by reason");
        public static readonly Text Removals = new("移出名单（按原因）", "Removals by reason");
        public static readonly Text List = new("名单", "List");
        public static readonly Text Appeals = new("异议", "Appeals");
        public static readonly Text AppealsFiled = new("提出的异议", "Appeals filed");
        public static readonly Text AppealsDecided = new("作出决定的异议", "Appeals decided");
        public static readonly Text AppealsUpheld = new("异议成立", "Appeals upheld");
        public static readonly Text MedianDays = new("作出决定的天数（中位数）", "Median days to a decision");
        public static readonly Text NoAppealsYet = new("平台尚未开始记录异议，因此显示为 0。", "The platform does not record appeals yet, so these show 0.");
    }
}
