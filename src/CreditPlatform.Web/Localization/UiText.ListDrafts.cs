namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>Drafting a list with its policy, and approving it (Pages/Admin/Lists/Draft and the drafts on the lists page).</summary>
    public static class ListDrafts
    {
        public static readonly Text DraftNew = new("起草新名单", "Draft a new list");
        public static readonly Text Title = new("起草新名单", "Draft a new list");
        public static readonly Text Intro = new("写明名单的类型、范围、期限、措施和救济方式。另一位工作人员批准后名单才发布。", "Set out the list's kind, scope, duration, measures and remedies. It is published once another official approves it.");
        public static readonly Text Code = new("名单代码", "List code");
        public static readonly Text CodeHint = new("大写英文字母、数字和下划线，例如 FOOD_SAFETY。", "Capital letters, digits and underscores, e.g. FOOD_SAFETY.");
        public static readonly Text NameZh = new("中文名称", "Chinese name");
        public static readonly Text Kind = new("名单类型", "Kind of list");
        public static readonly Text Black = new("黑名单（限制措施）", "Black list (restrictions)");
        public static readonly Text Red = new("红名单（激励措施）", "Red list (rewards)");
        public static readonly Text Sector = new("领域", "Sector");
        public static readonly Text ChooseSector = new("请选择领域", "Choose a sector");
        public static readonly Text Scope = new("范围", "Scope");
        public static readonly Text Local = new("本辖区", "This jurisdiction");
        public static readonly Text National = new("全国", "National");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text DefaultDuration = new("默认期限（天）", "Default duration (days)");
        public static readonly Text Measures = new("措施（黑名单选限制，红名单选激励）", "Measures (restrictions for a black list, rewards for a red list)");
        public static readonly Text Restrictions = new("限制措施", "Restrictions");
        public static readonly Text Rewards = new("激励措施", "Rewards");
        public static readonly Text Representative = new("法定代表人的处理", "The legal representative");
        public static readonly Text RepNone = new("不涉及", "Not affected");
        public static readonly Text RepRestricted = new("受限制（不列入名单）", "Restricted (not listed)");
        public static readonly Text RepCoListed = new("一并列入名单", "Listed too");
        public static readonly Text AppealWindow = new("提出异议的期限（天）", "Time to object (days)");
        public static readonly Text RepairMinimum = new("可申请信用修复前的最短天数", "Days before credit repair may be asked");
        public static readonly Text Save = new("保存草稿", "Save the draft");
        public static readonly Text ErrorSummary = new("请更正以下问题：", "Please correct the following:");
        public static readonly Text Drafted = new("名单草稿已保存，等待另一位工作人员审批。", "The list is drafted and waits for another official's approval.");
        public static readonly Text Drafts = new("名单草稿", "Drafted lists");
        public static readonly Text NoDrafts = new("没有待审批的名单草稿。", "No drafted lists.");
        public static readonly Text DraftLine = new("{0}（{1}）· {2} · 起草人 {3}", "{0} ({1}) · {2} · drafted by {3}");
        public static readonly Text Approve = new("批准并发布", "Approve and publish");
        public static readonly Text Reject = new("驳回", "Reject");
        public static readonly Text RejectReason = new("驳回理由", "Why it is rejected");
        public static readonly Text Approved = new("名单已发布。", "The list is published.");
        public static readonly Text Rejected = new("名单草稿已驳回。", "The list draft was rejected.");
        public static readonly Text FourEyes = new("四眼原则：名单须由起草人以外的另一位工作人员批准。", "Four-eyes principle: a list is approved by an official other than the one who drafted it.");
        public static readonly Text Refused = new("未能完成：{0}", "Not done: {0}");

        public static Text StatusLabel(string status) => status switch
        {
            "approved" => new("已批准", "Approved"),
            "rejected" => new("已驳回", "Rejected"),
            _ => new("待审批", "Waiting for approval"),
        };

        public static Text SectorLabel(string sector) => sector switch
        {
            "court" => new("法院", "Courts"),
            "food_safety" => new("食品安全", "Food safety"),
            "environment" => new("生态环境", "Environment"),
            "tax" => new("税务", "Tax"),
            "wage_arrears" => new("拖欠工资", "Wage arrears"),
            "e_commerce" => new("电子商务", "E-commerce"),
            "finance" => new("金融", "Finance"),
            "real_estate" => new("房地产", "Real estate"),
            "tourism" => new("旅游", "Tourism"),
            "customs" => new("海关", "Customs"),
            _ => new(sector, sector),
        };

        public static Text MeasureLabel(string measure) => measure switch
        {
            "FLIGHT" => new("乘坐飞机", "Flying"),
            "HSR" => new("乘坐高铁", "High-speed rail"),
            "LUXURY_HOTEL" => new("入住星级宾馆", "Luxury hotels"),
            "PRIVATE_SCHOOL" => new("子女就读高收费私立学校", "Private schools"),
            "GOV_TENDER" => new("参与政府采购投标", "Government tenders"),
            "GOV_JOB" => new("担任公职", "Government posts"),
            "LOAN" => new("贷款", "Loans"),
            "SUBSIDY" => new("政府补贴", "Subsidies"),
            "CUSTOMS_INSPECTION_RATE" => new("降低海关查验率", "Fewer customs inspections"),
            "GREEN_CHANNEL" => new("行政审批绿色通道", "Green channel for approvals"),
            "FREE_CHECKUP" => new("免费体检", "Free health check"),
            "WATER_ALLOWANCE" => new("用水补贴", "Water allowance"),
            "HEATING_DISCOUNT" => new("供暖优惠", "Heating discount"),
            _ => new(measure, measure),
        };
    }
}
