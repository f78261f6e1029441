namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Gather/Record: one event on a phone.</summary>
    public static class Record
    {
        public static readonly Text Title = new("记录信用事件", "Record an event");
        public static readonly Text Nav = new("记录事件", "Record event");
        public static readonly Text FindResident = new("居民姓名开头", "Start of the resident's name");
        public static readonly Text FindHint = new("输入姓名的前一两个字，从列表中选择。", "Type the first letters of the name and pick from the list.");
        public static readonly Text Search = new("查找", "Search");
        public static readonly Text NoMatches = new("没有找到这个名字开头的居民。", "Nobody's name starts like that.");
        public static readonly Text NoSuchResident = new("找不到这位居民，请重新查找。", "That resident cannot be found; search again.");
        public static readonly Text ChangeResident = new("换一位居民", "Choose someone else");
        public static readonly Text Rule = new("依据的规则", "Rule");
        public static readonly Text RecentRules = new("最近使用", "Recently used");
        public static readonly Text AllRules = new("全部规则", "All rules");
        public static readonly Text Quantity = new("数量（小时、元等，没有可不填）", "Quantity (hours, yuan… leave empty if none)");
        public static readonly Text QuantityHint = new("按次计分的规则不用填写数量。", "Rules that score per event need no quantity.");
        public static readonly Text Date = new("发生日期", "Date it happened");
        public static readonly Text DocumentNumber = new("文书编号（如有）", "Document number (if any)");
        public static readonly Text Evidence = new("证据说明", "Evidence");
        public static readonly Text PreviewButton = new("计算分数", "Work out the points");
        public static readonly Text ConfirmTitle = new("请确认", "Please confirm");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text Points = new("本次分数", "Points");
        public static readonly Text ScoreChange = new("信用分变化", "Score change");
        public static readonly Text Capped = new("按规则上限计算，原应为 {0} 分。", "Limited by the rule's cap; it would have been {0}.");
        public static readonly Text Save = new("确认保存", "Confirm and save");
        public static readonly Text Edit = new("返回修改", "Go back and change");
        public static readonly Text SavedTitle = new("已保存", "Saved");
        public static readonly Text NewScore = new("现在的信用分：{0}", "Score now: {0}");
        public static readonly Text SavedPoints = new("本次记分 {0}。", "This record counted {0}.");
        public static readonly Text PerUnit = new("每{0}{1} {2} 分", "{2} per {0} {1}");
        public static readonly Text FixedPoints = new("{0} 分", "{0} points");
        public static readonly Text Hours = new("小时", "hours");
        public static readonly Text Yuan = new("元", "yuan");
        public static readonly Text Months = new("个月", "months");
    }
}
