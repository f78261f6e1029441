namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The officials' dashboard figures (Pages/Admin/Index).</summary>
    public static class AdminDashboard
    {
        public static readonly Text Figures = new("本辖区数据", "This jurisdiction's figures");
        public static readonly Text SubjectCount = new("信用主体数", "Subjects");
        public static readonly Text ListCount = new("名单数", "Lists");
        public static readonly Text ActiveEntries = new("名单上生效的记录", "Entries in force on the lists");
        public static readonly Text ByBand = new("各信用等级的主体数", "Subjects by band");
        public static readonly Text ScoreHistogram = new("信用分分布", "How scores are spread");
        public static readonly Text EventsByCategory = new("近 12 周每周信用事件（按类别）", "Events per week, last 12 weeks, by category");
        public static readonly Text EventsByDepartment = new("近 12 周每周信用事件（按记录部门）", "Events per week, last 12 weeks, by recording department");
        public static readonly Text NoBand = new("无等级", "No band");
        public static readonly Text NotStated = new("未注明", "Not stated");
        public static readonly Text OfficeNotices = new("办公室通知", "Office notices");
        public static readonly Text NoOfficeNotices = new("没有未读通知。", "No unread notices.");
    }
}
