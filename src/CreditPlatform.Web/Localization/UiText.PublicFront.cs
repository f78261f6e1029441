namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The public search of published list entries.</summary>
    public static class PublicLists
    {
        public static readonly Text Title = new("信用名单公示", "Published black and red lists");
        public static readonly Text Intro = new("公示正在生效的黑名单、红名单记录。个人与企业的证件号码只显示部分。已移出或已到期的记录不再公示。", "Entries in force on every authority's lists. Identity numbers are masked. Removed and expired entries are no longer shown.");
        public static readonly Text Name = new("名称", "Name");
        public static readonly Text NameExample = new("例如 食品", "e.g. 食品");
        public static readonly Text List = new("名单", "List");
        public static readonly Text AllLists = new("全部名单", "All lists");
        public static readonly Text Search = new("查询", "Search");
        public static readonly Text Count = new("共 {0} 条", "{0} entries");
        public static readonly Text Identifier = new("证件号码", "Identifier");
        public static readonly Text Authority = new("发布机关", "Authority");
        public static readonly Text Reason = new("事由", "Reason");
        public static readonly Text Document = new("文书编号", "Document");
        public static readonly Text Listed = new("列入日期", "Listed");
        public static readonly Text Expires = new("到期日期", "Expires");
        public static readonly Text Red = new("红名单", "Red list");
        public static readonly Text Black = new("黑名单", "Black list");
        public static readonly Text Pages = new("分页", "Pages");
        public static readonly Text Previous = new("上一页", "Previous");
        public static readonly Text Next = new("下一页", "Next");
        public static readonly Text PageOf = new("第 {0} / {1} 页", "Page {0} of {1}");
        public static readonly Text NoMatch = new("没有找到符合条件的记录。", "No entry matches.");
    }
}
