namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The explanation partial (Pages/Shared/_Explanation), the public catalogue and the simulation page.</summary>
    public static class Explanations
    {
        public static readonly Text Why = new("分数是怎样算出来的", "How the score is worked out");
        public static readonly Text Total = new("合计：{0} 分", "Total: {0} points");
        public static readonly Text CatalogueTitle = new("信用信息目录", "Catalogue of rules and lists");
        public static readonly Text CatalogueLead = new(
            "本辖区只能记录目录中列出的信息。每条规则都注明法律依据、分值、上限、有效期和申诉期限，并保留历次版本。",
            "Nothing may be recorded here that is not in this catalogue. Each rule shows its legal basis, points, caps, how long it counts and the appeal window, with every earlier version.");
        public static readonly Text StartingScore = new("起始分：{0}；申诉期限：通知后 {1} 天内", "Starting score: {0}; appeals within {1} days of notification");
        public static readonly Text Rules = new("计分规则", "Scoring rules");
        public static readonly Text Lists = new("名单", "Lists");
        public static readonly Text Rule = new("规则", "Rule");
        public static readonly Text Version = new("版本", "Version");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text Points = new("分值", "Points");
        public static readonly Text PerUnit = new("每 {0} {1} {2} 分", "{2} per {0} {1}");
        public static readonly Text Caps = new("上限", "Caps");
        public static readonly Text Cap = new("每 {0} 天最多 {1}", "at most {1} per {0} days");
        public static readonly Text CapTimes = new("{0} 次", "{0} times");
        public static readonly Text CapPoints = new("{0} 分", "{0} points");
        public static readonly Text Expiry = new("有效期", "Counts for");
        public static readonly Text Months = new("{0} 个月", "{0} months");
        public static readonly Text Forever = new("长期", "no end");
        public static readonly Text InForce = new("施行期间", "In force");
        public static readonly Text Until = new("{0} 至 {1}", "{0} to {1}");
        public static readonly Text Now = new("今", "now");
        public static readonly Text Duration = new("期限（天）", "Duration (days)");
        public static readonly Text DurationValue = new("通常 {0}，最长 {1}", "usually {0}, at most {1}");
        public static readonly Text AppealWindow = new("申诉期限（天）", "Appeal window (days)");
        public static readonly Text RepairAfter = new("可申请修复（天后）", "Repair from (days)");
        public static readonly Text Measures = new("措施", "Measures");
        public static readonly Text SimulationTitle = new("规则变更模拟", "Simulate a rule change");
        public static readonly Text SimulationLead = new(
            "用过去一段时间的真实事件重放草拟的变更，看看多少信用主体的等级会变化。模拟不写入任何数据。",
            "Replay the drafted change over a past period's real events and see how many subjects would change band. Nothing is written.");
        public static readonly Text From = new("起始日期", "From");
        public static readonly Text To = new("截止日期", "To");
        public static readonly Text RuleCode = new("规则代码", "Rule code");
        public static readonly Text NewPoints = new("新分值（每次或每单位）", "New points (per event or per unit)");
        public static readonly Text CapDays = new("上限周期（天）", "Cap period (days)");
        public static readonly Text CapMaxPoints = new("周期内最多分数", "Most points in the period");
        public static readonly Text Run = new("运行模拟", "Run the simulation");
        public static readonly Text Subjects = new("重放的信用主体", "Subjects replayed");
        public static readonly Text Events = new("重放的事件", "Events replayed");
        public static readonly Text EventsChanged = new("分值变化的事件", "Events whose points change");
        public static readonly Text BandUp = new("等级上升", "Band up");
        public static readonly Text BandDown = new("等级下降", "Band down");
        public static readonly Text Group = new("分组", "Group");
        public static readonly Text ByKind = new("按主体类型", "By kind of subject");
        public static readonly Text ByDepartment = new("按来源部门", "By source department");
        public static readonly Text Histogram = new("分数分布（变更前 / 变更后）", "Scores before / after");
        public static readonly Text Before = new("变更前", "Before");
        public static readonly Text After = new("变更后", "After");
        public static readonly Text Elapsed = new("用时 {0} 秒", "Took {0} s");
    }
}
