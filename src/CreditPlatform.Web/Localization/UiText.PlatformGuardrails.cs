namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Pages/Admin/Platform/Guardrails: the platform's own limits, proposed and approved by two administrators.</summary>
    public static class PlatformGuardrails
    {
        public static readonly Text Nav = new("平台底线规则", "Platform guardrails");
        public static readonly Text Title = new("平台底线规则", "The platform's guardrails");
        public static readonly Text Intro = new("这些限制约束每个辖区的每条规则。修改由一位平台管理员提出，另一位批准后生效；收紧后，违反新限制的生效规则会在各辖区的规则目录中列出。", "These limits bind every rule of every jurisdiction. A change is proposed by one platform administrator and takes effect when another approves it; once tightened, rules in force that break it are listed in each jurisdiction's catalogue.");
        public static readonly Text ProposedVersion = new("提议的第 {0} 版（{1}）", "Proposed: version {0} ({1})");
        public static readonly Text LegalBasisRequired = new("规则必须写明法律依据", "Every rule cites its legal basis");
        public static readonly Text MaxPointsPerEntry = new("单条记录最多分值", "Most points one entry may move");
        public static readonly Text PerPeriod = new("同一对象每条规则一段时间内最多分值", "Most points per subject per rule within a period");
        public static readonly Text PeriodText = new("{1} 天内最多 {0} 分", "at most {0} points within {1} days");
        public static readonly Text ForbiddenCategories = new("禁止评分的类别", "Categories no scheme may score");
        public static readonly Text BandOverrideOnPersons = new("允许对自然人限定等级", "Band holds may apply to persons");
        public static readonly Text MaxPurchasable = new("每年可通过捐款捐物获得的最多分值", "Most points a year that giving money or goods may earn");
        public static readonly Text ProtectedAlways = new("受保护的类别（民族、宗教信仰、政治观点、信访与投诉、合法言论）无论如何都不得评分。", "The protected categories (ethnicity, religion, political opinion, petitions and complaints, lawful speech) can never be scored, whatever these limits say.");
        public static readonly Text Decide = new("审议第 {0} 版提议", "Decide on proposed version {0}");
        public static readonly Text Why = new("提议理由：{0}", "Why: {0}");
        public static readonly Text RejectReason = new("不批准的理由", "Reason for rejecting");
        public static readonly Text ProposeTitle = new("提议修改", "Propose a change");
        public static readonly Text Note = new("修改理由", "Why the change");
        public static readonly Text Propose = new("提交提议", "Propose");
        public static readonly Text History = new("历次版本", "Every version");
        public static readonly Text ProposedBy = new("提议人", "Proposed by");
        public static readonly Text DecidedBy = new("决定人", "Decided by");
        public static readonly Text Proposed = new("已提交第 {0} 版提议，须由另一位平台管理员批准。", "Version {0} proposed; another platform administrator must approve it.");
        public static readonly Text Approved = new("第 {0} 版平台底线规则已生效。", "Version {0} of the platform's guardrails is in force.");
        public static readonly Text Rejected = new("第 {0} 版提议未获批准。", "Proposed version {0} rejected.");
        public static readonly Text RejectedBecause = new("未批准：{0}", "Rejected: {0}");
        public static readonly Text FourEyes = new("“四眼原则”：平台底线规则的修改须由提议人（{0}）以外的管理员批准。", "Four-eyes principle: the platform's guardrails change when an administrator other than the one who proposed it ({0}) approves.");
        public static readonly Text StatusProposed = new("待批准", "Proposed");
        public static readonly Text StatusActive = new("生效中", "In force");
        public static readonly Text StatusSuperseded = new("已被取代", "Superseded");
        public static readonly Text StatusRejected = new("未获批准", "Rejected");

        public static Text StatusLabel(string status) => status switch
        {
            "proposed" => StatusProposed,
            "active" => StatusActive,
            "superseded" => StatusSuperseded,
            _ => StatusRejected,
        };
    }
}
