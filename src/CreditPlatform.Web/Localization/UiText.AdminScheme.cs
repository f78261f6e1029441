namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Drafting, simulating and approving a change to the scheme's bands (Pages/Admin/Scheme).</summary>
    public static class AdminScheme
    {
        public static readonly Text DraftChange = new("起草方案变更", "Draft a change to the scheme");
        public static readonly Text DraftTitle = new("起草评分方案的新版本", "Draft a new version of the scheme");
        public static readonly Text DraftIntro = new("修改信用等级的分数线和对应措施。保存后先看模拟结果；另一位工作人员批准后新版本才生效，已存储的分数随之按新等级计算。", "Change the bands' thresholds and measures. Once saved, the draft shows what it would do; it takes effect only when another official approves it, and stored scores then read with the new bands.");
        public static readonly Text BandsLegend = new("信用等级（从最好到最差）", "Bands, best first");
        public static readonly Text BandsHint = new("最低分数依次递减；最后一级可留空，表示低于以上各级。代码留空的行会被忽略。", "Each band starts lower than the one above; the last may be left open (below the others). Rows without a code are left out.");
        public static readonly Text BandRow = new("第 {0} 级", "Band {0}");
        public static readonly Text BandCode = new("等级代码", "Band code");
        public static readonly Text BandMeasures = new("对应措施（代码，以逗号分隔）", "Measures (codes, separated by commas)");
        public static readonly Text DisplayStars = new("以星和旗显示（1 分 = 1 颗星，6 颗星 = 1 面旗）", "Show as stars and flags (1 point = 1 star, 6 stars = 1 flag)");
        public static readonly Text SaveDraft = new("保存草稿并查看模拟", "Save the draft and see the simulation");
        public static readonly Text ErrorSummary = new("请更正以下问题：", "Please correct the following:");
        public static readonly Text Drafted = new("方案变更草稿已保存，等待另一位工作人员审批。", "The scheme change is drafted and waits for another official's approval.");
        public static readonly Text Drafts = new("方案变更草稿", "Drafted scheme changes");
        public static readonly Text NoDrafts = new("没有方案变更草稿。", "No drafted scheme changes.");
        public static readonly Text Open = new("查看并审批", "Read and decide");
        public static readonly Text ReviewTitle = new("审查方案变更", "Review a scheme change");
        public static readonly Text ReviewLead = new("与现行第 {0} 版比较。批准后新版本立即生效。", "Compared with version {0}, in force. Once approved the new version takes effect at once.");
        public static readonly Text Status = new("状态", "Status");
        public static readonly Text DraftedBy = new("起草人", "Drafted by");
        public static readonly Text DraftedAt = new("起草时间", "Drafted on");
        public static readonly Text DecidedBy = new("决定人", "Decided by");
        public static readonly Text RejectedBecause = new("驳回理由：{0}", "Rejected because: {0}");
        public static readonly Text ApprovedAs = new("已作为第 {0} 版生效。", "In force as version {0}.");
        public static readonly Text InForce = new("现行第 {0} 版", "Version {0}, in force");
        public static readonly Text Proposed = new("草稿", "Draft");
        public static readonly Text NoBand = new("无等级", "No band");
        public static readonly Text SimulationTitle = new("模拟：现在的对象在新等级下的分布", "Simulation: today's subjects under the new bands");
        public static readonly Text SimulationLead = new("按每个对象当前的分数和仍有效的等级限制计算。", "Each subject's current points and the band holds still in force, read under both versions.");
        public static readonly Text Subjects = new("对象总数", "Subjects");
        public static readonly Text Moved = new("等级变化", "Change band");
        public static readonly Text Up = new("升级", "Move up");
        public static readonly Text Down = new("降级", "Move down");
        public static readonly Text Moves = new("谁从哪一级到哪一级", "Who moves from which band to which");
        public static readonly Text NoMoves = new("没有对象的等级会变化。", "No subject would change band.");
        public static readonly Text MoveLine = new("{0}：{1} → {2}，{3} 个", "{0}: {1} → {2}, {3}");
        public static readonly Text Distribution = new("各等级人数（变更前 → 变更后）", "Subjects per band (before → after)");
        public static readonly Text CountLine = new("{0}：{1} → {2}", "{0}: {1} → {2}");
        public static readonly Text Decide = new("决定", "Decision");
        public static readonly Text Approve = new("批准并生效", "Approve and put in force");
        public static readonly Text Reject = new("驳回", "Reject");
        public static readonly Text RejectReason = new("驳回理由（起草人会看到）", "Why it is rejected (the drafter reads this)");
        public static readonly Text Approved = new("方案第 {0} 版已生效。", "Version {0} of the scheme is in force.");
        public static readonly Text RejectedNotice = new("方案变更草稿已驳回。", "The scheme change was rejected.");
        public static readonly Text FourEyes = new("四眼原则：方案变更须由起草人以外的另一位工作人员批准（用本人签发的 API 密钥也不行）。", "Four-eyes principle: a scheme change is approved by an official other than the one who drafted it (not with a key they issued either).");
        public static readonly Text Stale = new("草稿起草后方案已有新版本，请重新起草。", "The scheme changed since this draft was written; draft it again.");
        public static readonly Text BandInUse = new("有规则把对象限定在某个等级，该等级必须保留：{0}", "A rule holds subjects at a band that must stay: {0}");
        public static readonly Text Refused = new("未能完成：{0}", "Not done: {0}");

        public static Text StatusLabel(string status) => status switch
        {
            "approved" => new("已批准", "Approved"),
            "rejected" => new("已驳回", "Rejected"),
            _ => new("待审批", "Waiting for approval"),
        };
    }
}
