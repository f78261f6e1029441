namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Words around the server-drawn charts (Web/Charts).</summary>
    public static class Charts
    {
        public static readonly Text NoData = new("这段时间没有数据。", "No figures for this period yet.");
        public static readonly Text Summary = new("共 {0} 组，合计 {1}，最大值 {2}。", "{0} groups, {1} in all, largest {2}.");
        public static readonly Text ShowTable = new("以表格查看数据", "Show the figures as a table");
        public static readonly Text Count = new("数量", "Count");
        public static readonly Text LineSummary = new("从 {0} 的 {1} 到 {2} 的 {3}，最低 {4}，最高 {5}。", "From {1} in {0} to {3} in {2}; lowest {4}, highest {5}.");
        public static readonly Text Unnamed = new("未注明", "Not stated");
    }
}
