namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The jurisdiction's black and red lists (Pages/Admin/Lists).</summary>
    public static class AdminLists
    {
        public static readonly Text Title = new("黑名单和红名单", "Black and red lists");
        public static readonly Text Intro = new("本辖区发布的名单。每条记录都有法律文书、期限和退出方式。", "The lists this jurisdiction issues. Every entry rests on a legal document and has an end date and a way out.");
        public static readonly Text NoLists = new("本辖区还没有名单。", "This jurisdiction issues no lists yet.");
        public static readonly Text ListKind = new("名单类型", "Kind of list");
        public static readonly Text Black = new("黑名单", "Black list");
        public static readonly Text Red = new("红名单", "Red list");
        public static readonly Text Scope = new("范围", "Reach");
        public static readonly Text National = new("全国", "National");
        public static readonly Text Local = new("本地", "Local");
        public static readonly Text Representative = new("对法定代表人", "Legal representative");
        public static readonly Text RepNone = new("不涉及", "Not affected");
        public static readonly Text RepRestricted = new("限制部分行为，但不列入名单", "Restricted in some ways, not listed");
        public static readonly Text RepCoListed = new("一并列入名单", "Listed together with the organisation");
        public static readonly Text RepRuleNone = new("本名单不涉及组织的法定代表人。", "This list does not touch an organisation's legal representative.");
        public static readonly Text RepRuleRestricted = new("列入组织时，其法定代表人不列入名单，但受到以下限制：{0}。", "When an organisation is listed, its legal representative is not listed but is restricted: {0}.");
        public static readonly Text RepRuleCoListed = new("列入组织时，其法定代表人将一并列入本名单，并随组织的记录一起移出。", "When an organisation is listed, its legal representative is listed too, and removed with it.");
        public static readonly Text Duration = new("默认期限", "Default duration");
        public static readonly Text BackToLists = new("返回名单", "Back to the lists");
        public static readonly Text BackToEntries = new("返回名单记录", "Back to the entries");
        public static readonly Text AddEntry = new("新增名单记录", "Add an entry");
        public static readonly Text SubmitEntry = new("列入名单", "Put on the list");
        public static readonly Text AllStatuses = new("全部", "All");
        public static readonly Text Filter = new("筛选", "Filter");
        public static readonly Text EntryCount = new("共 {0} 条记录。", "{0} entries.");
        public static readonly Text Reason = new("列入原因", "Why listed");
        public static readonly Text DocumentNumber = new("法律文书编号", "Document number");
        public static readonly Text ListedAt = new("列入日期", "Listed on");
        public static readonly Text ExpiresAt = new("到期日期", "Ends on");
        public static readonly Text ExpiresHint = new("留空则按默认期限 {0} 天。", "Leave empty for the default of {0} days.");
        public static readonly Text Linked = new("关联记录", "Linked entries");
        public static readonly Text LinkedTo = new("{0}：{1} 的法定代表人", "{0}: legal representative of {1}");
        public static readonly Text HasLinked = new("法定代表人{0}：{1}", "Legal representative {0}: {1}");
        public static readonly Text AnotherEntry = new("另一条记录", "another entry");
        public static readonly Text RoleCoListed = new("一并列入", "co-listed");
        public static readonly Text RoleRestricted = new("受限制", "restricted");
        public static readonly Text StatusActive = new("生效中", "In force");
        public static readonly Text StatusSuspended = new("异议期间暂停", "Suspended during an appeal");
        public static readonly Text StatusRemoved = new("已移出", "Removed");
        public static readonly Text Remove = new("移出名单", "Remove");
        public static readonly Text RemovalReason = new("移出原因", "Reason for removal");
        public static readonly Text Note = new("说明（可选）", "Note (optional)");
        public static readonly Text Performed = new("已履行义务", "Obligation performed");
        public static readonly Text AppealUpheld = new("异议成立", "Appeal upheld");
        public static readonly Text Repaired = new("信用修复", "Credit repaired");
        public static readonly Text Expired = new("期满", "Expired");
        public static readonly Text Error = new("错误列入", "Listed in error");
        public static readonly Text Removed = new("已移出名单。", "Removed from the list.");
        public static readonly Text Listed = new("已列入名单。", "Put on the list.");
        public static readonly Text ListedWithRepresentative = new("已列入名单；其法定代表人已{0}。", "Put on the list; the legal representative was {0} too.");
        public static readonly Text AlreadyListed = new("此号码已在本名单上。", "This identifier is already on this list.");

        public static Text KindLabel(string kind) => kind == "red" ? Red : Black;

        public static Text ScopeLabel(string scope) => scope == "national" ? National : Local;

        public static Text RepresentativeLabel(string treatment) => treatment switch
        {
            "coListed" => RepCoListed,
            "restricted" => RepRestricted,
            _ => RepNone,
        };

        public static string RepresentativeRule(string treatment, IReadOnlyList<string> measures) => treatment switch
        {
            "coListed" => RepRuleCoListed,
            "restricted" => RepRuleRestricted.Format(string.Join(", ", measures)),
            _ => RepRuleNone,
        };

        public static Text StatusLabel(string status) => status switch
        {
            "suspended" => StatusSuspended,
            "removed" => StatusRemoved,
            _ => StatusActive,
        };

        public static Text RoleLabel(string? role) => role == "restricted" ? RoleRestricted : RoleCoListed;

        public static string RemovalLabel(string reason) => reason switch
        {
            "performed" or "Performed" => Performed,
            "appealUpheld" or "AppealUpheld" => AppealUpheld,
            "repaired" or "Repaired" => Repaired,
            "expired" or "Expired" => Expired,
            "error" or "Error" => Error,
            _ => reason,
        };
    }
}
