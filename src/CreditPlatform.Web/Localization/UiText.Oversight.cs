namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Oversight from above (Pages/Admin/Oversight) and the suspension notes on the rule and list pages.</summary>
    public static class Oversight
    {
        public static readonly Text Nav = new("下级监督", "Oversight");
        public static readonly Text Title = new("对下级辖区的监督", "Oversight of jurisdictions below");
        public static readonly Text Intro = new("下级辖区的规则或名单超出上级规定时，可在此暂停并写明理由：暂停的规则立即停止计分，暂停的名单不再新增列入，受影响的对象会收到通知。解除暂停须由一人提出、另一人批准。",
            "When a rule or list of a jurisdiction below goes too far, suspend it here with a reason: a suspended rule stops scoring at once, a suspended list takes no new entries, and the subjects concerned are told. Lifting a suspension takes one person to propose it and another to approve.");
        public static readonly Text NoneBelow = new("本辖区下没有其他辖区。", "There are no jurisdictions below this one.");
        public static readonly Text Nothing = new("该辖区暂无生效的规则或名单。", "This jurisdiction has no active rules or lists.");
        public static readonly Text Rule = new("规则", "Rule");
        public static readonly Text List = new("名单", "List");
        public static readonly Text Reason = new("暂停理由", "Reason for the suspension");
        public static readonly Text ReasonHint = new("该辖区的工作人员和受影响的对象都会看到这段理由。", "The jurisdiction's officials and the subjects concerned will read this reason.");
        public static readonly Text Suspend = new("暂停", "Suspend");
        public static readonly Text LiftNote = new("解除说明（可选）", "Note on lifting (optional)");
        public static readonly Text ProposeLift = new("提出解除暂停", "Propose lifting");
        public static readonly Text ApproveLift = new("批准解除暂停", "Approve lifting");
        public static readonly Text LiftProposed = new("{0} 已于 {1:yyyy-MM-dd HH:mm} 提出解除，须由另一人批准。", "{0} proposed lifting it on {1:yyyy-MM-dd HH:mm}; another person must approve.");
        public static readonly Text Done = new("已完成：{0}", "Done: {0}");
        public static readonly Text Refused = new("未能完成：{0}", "Not done: {0}");
        public static readonly Text ErrorSummary = new("请更正以下问题：", "Please correct the following:");
        public static readonly Text ReasonRequired = new("请填写暂停理由：该辖区和受影响的对象都会被告知。", "Give the reason for the suspension: the jurisdiction and the subjects concerned are told it.");

        public static readonly Text SuspendedTitle = new("上级暂停", "Suspended from above");
        public static readonly Text SuspendedIntro = new("以下规则或名单已被上级机关暂停：暂停的规则不再计分，暂停的名单不再新增列入（已有记录保留，并标明处于暂停中）。",
            "These rules or lists were suspended by a higher authority: a suspended rule scores nothing, a suspended list takes no new entries (existing entries stay and are marked as under suspension).");
        public static readonly Text SuspendedBy = new("暂停人", "Suspended by");
        public static readonly Text SuspendedAt = new("暂停时间", "Suspended on");
        public static readonly Text Why = new("理由", "Why");
        public static readonly Text SubjectsNotified = new("已通知对象", "Subjects told");
        public static readonly Text Who = new("{0}（{1}，{2}）", "{0} ({1}, {2})");
        public static readonly Text EntriesUnderSuspension = new("本名单已被上级暂停：已有记录保留，但处于暂停审查中；暂停期间不能新增列入。", "This list is suspended from above: its entries stay but are under suspension, and no new entries can be added meanwhile.");
    }
}
