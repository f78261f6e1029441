using System.Globalization;
using CreditPlatform.Application.Scoring.Categories.ListRuleCategories;
using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The scheme and the rule editor (Pages/Admin/Rules).</summary>
    public static class AdminRules
    {
        public static readonly Text Title = new("评分方案与规则", "Scheme and rules");
        public static readonly Text Intro = new("规则写明什么行为加分或扣分、扣多少、依据哪条法律。新规则先起草，再由另一位工作人员批准后生效。", "A rule says which conduct adds or takes away points, how many, and under which law. A new rule starts as a draft and takes effect once another official approves it.");
        public static readonly Text SchemeTitle = new("评分方案", "Scoring scheme");
        public static readonly Text SchemeVersion = new("方案版本", "Scheme version");
        public static readonly Text BaseScore = new("起始分", "Starting score");
        public static readonly Text Floor = new("最低分", "Lowest possible score");
        public static readonly Text Ceiling = new("最高分", "Highest possible score");
        public static readonly Text AppealWindow = new("提出异议的期限", "Time to object");
        public static readonly Text Days = new("{0} 天", "{0} days");
        public static readonly Text Bands = new("信用等级及分数线", "Bands and their thresholds");
        public static readonly Text Band = new("等级", "Band");
        public static readonly Text MinScore = new("最低分数", "From score");
        public static readonly Text Below = new("低于以上各级", "Below the others");
        public static readonly Text Measures = new("对应措施", "Measures");
        public static readonly Text NoScheme = new("本辖区尚未设置评分方案。", "This jurisdiction has no scoring scheme yet.");
        public static readonly Text Catalogue = new("规则目录", "Rule catalogue");
        public static readonly Text DraftNew = new("起草新规则", "Draft a new rule");
        public static readonly Text NewVersion = new("起草新版本", "Draft a new version");
        public static readonly Text Code = new("规则代码", "Rule code");
        public static readonly Text CodeHint = new("大写英文字母、数字和下划线，例如 TRAFFIC_RED_LIGHT。沿用已有代码即为该规则的新版本。", "Capital letters, digits and underscores, e.g. TRAFFIC_RED_LIGHT. An existing code makes a new version of that rule.");
        public static readonly Text Version = new("版本", "Version");
        public static readonly Text RuleTitle = new("名称", "Title");
        public static readonly Text TitleZh = new("中文名称", "Chinese title");
        public static readonly Text TitleEn = new("英文名称", "English title");
        public static readonly Text Category = new("类别", "Category");
        public static readonly Text LegalBasis = new("法律依据", "Legal basis");
        public static readonly Text SubjectKinds = new("适用对象", "Applies to");
        public static readonly Text PointsLegend = new("分值", "Points");
        public static readonly Text DeltaKind = new("计分方式", "How points are counted");
        public static readonly Text Fixed = new("每次固定分值", "The same points each time");
        public static readonly Text PerUnit = new("按数量计分", "Points per unit of a quantity");
        public static readonly Text Points = new("分值", "Points");
        public static readonly Text PointsHint = new("扣分填负数，加分填正数；按数量计分时为每个单位的分值。", "Negative to take points away, positive to add; per unit for a per-unit rule.");
        public static readonly Text UnitSize = new("每个单位的数量", "Quantity per unit");
        public static readonly Text QuantityUnit = new("数量的单位（如 小时、元、月）", "Unit of the quantity (e.g. hours, yuan, months)");
        public static readonly Text Rounding = new("不足一个单位时", "Part of a unit");
        public static readonly Text RoundDown = new("不计", "Does not count");
        public static readonly Text RoundUp = new("按一个单位计", "Counts as a whole unit");
        public static readonly Text RoundNearest = new("四舍五入", "Rounded to the nearest unit");
        public static readonly Text MinQuantity = new("最小数量", "Smallest quantity");
        public static readonly Text MaxQuantity = new("最大数量", "Largest quantity");
        public static readonly Text CapLegend = new("上限", "Cap");
        public static readonly Text CapHint = new("同一对象在一段时间内因本规则最多变动的分数或次数。不设上限请留空。", "The most points or events one subject can get from this rule within a period. Leave empty for none.");
        public static readonly Text CapPeriodDays = new("期间（天）", "Period (days)");
        public static readonly Text CapMaxPoints = new("最多分数", "Most points");
        public static readonly Text CapMaxOccurrences = new("最多次数", "Most events");
        public static readonly Text OverrideLegend = new("等级限定", "Band hold");
        public static readonly Text OverrideBand = new("等级不高于", "Hold the band at or below");
        public static readonly Text OverrideDays = new("持续天数", "For how many days");
        public static readonly Text ExpiryMonths = new("记录有效期（月）", "Entry lapses after (months)");
        public static readonly Text RequiresDocument = new("必须附文书编号", "A document number is required");
        public static readonly Text EffectiveFrom = new("生效日期（留空则批准时生效）", "Takes effect on (empty: when approved)");
        public static readonly Text SubmitDraft = new("保存草稿", "Save the draft");
        public static readonly Text DraftTitle = new("起草规则", "Draft a rule");
        public static readonly Text DraftIntro = new("草稿须由另一位工作人员批准后才生效。平台的底线规则会在起草和批准时检查。", "A draft takes effect only after another official approves it. The platform's guardrails are checked when drafting and again when approving.");
        public static readonly Text BackToRules = new("返回规则目录", "Back to the rules");
        public static readonly Text Status = new("状态", "Status");
        public static readonly Text DraftedBy = new("起草人", "Drafted by");
        public static readonly Text Actions = new("操作", "Actions");
        public static readonly Text Approve = new("批准", "Approve");
        public static readonly Text Retire = new("申请停用", "Ask to retire");
        public static readonly Text RetirementAsked = new("已申请停用规则 {0}（第 {1} 版），须由另一位工作人员确认。", "Retiring rule {0} (version {1}) asked; another official must confirm it.");
        public static readonly Text RetirementPending = new("{0} 已申请停用，等待另一位工作人员确认。", "Retirement asked by {0}; another official must confirm it.");
        public static readonly Text ConfirmRetirement = new("确认停用", "Confirm the retirement");
        public static readonly Text FourEyesRetirement = new("“四眼原则”：停用规则须由申请人（{0}）以外的工作人员确认。", "Four-eyes principle: a rule is retired by an official other than the one who asked to retire it ({0}).");
        public static readonly Text Review = new("审阅", "Review");
        public static readonly Text ReviewTitle = new("审阅规则 {0} 第 {1} 版", "Review of rule {0}, version {1}");
        public static readonly Text ReviewAgainst = new("下表逐项对照现行的第 {0} 版，有改动的项目已标出。", "Each field beside version {0}, the one in force; changed fields are marked.");
        public static readonly Text ReviewNew = new("这是一条新规则，目前没有现行版本可供对照。", "This is a new rule: no version is in force to compare with.");
        public static readonly Text WhenApproved = new("批准时生效", "When approved");
        public static readonly Text DraftBreaks = new("此草稿违反以下底线规则，不能批准：", "This draft breaks these guardrails and cannot be approved:");
        public static readonly Text Field = new("项目", "Field");
        public static readonly Text InForceVersion = new("现行第 {0} 版", "In force: version {0}");
        public static readonly Text ThisDraft = new("本草稿", "This draft");
        public static readonly Text Changed = new("有改动", "Changed");
        public static readonly Text Decide = new("审阅决定", "Decision");
        public static readonly Text RejectReason = new("退回理由（起草人可见）", "Reason for rejecting (the drafter reads it)");
        public static readonly Text Reject = new("退回草稿", "Reject the draft");
        public static readonly Text RejectedNotice = new("规则 {0} 第 {1} 版草稿已退回。", "Draft {1} of rule {0} rejected.");
        public static readonly Text RejectedBecause = new("已被 {0} 退回：{1}", "Rejected by {0}: {1}");
        public static readonly Text BreachesTitle = new("有 {0} 条生效中的规则违反了后来收紧的底线规则，见下表；在其改为合规之前，不会批准其新版本。", "{0} rule(s) in force break a guardrail tightened since they were approved (see below); no new version of them is approved until it complies.");
        public static readonly Text ChooseCategory = new("请选择类别", "Choose a category");
        public static readonly Text ProtectedCategories = new("受保护的类别（任何方案不得评分）", "Protected categories (no scheme may score them)");
        public static readonly Text CategoryHint = new("类别由平台统一规定；捐款捐物类的分值受“可购买分值”上限约束。", "Categories are the platform's; points in the donation category are held to the bought-credit cap.");
        public static readonly Text CapNumber = new("上限 {0}", "Cap {0}");
        public static readonly Text AddCap = new("再加一项上限", "Add another cap");
        public static readonly Text RectificationDays = new("整改期（天）", "Rectification window (days)");
        public static readonly Text Purchasable = new("可通过捐款捐物获得分值", "Points can be obtained by giving money or goods");
        public static readonly Text PurchasableHint = new("捐款捐物类别的规则总是如此；受平台每年可购买分值上限约束。", "Always so for the donation category; the platform's yearly cap on bought points applies.");
        public static readonly Text UnknownCategory = new("类别必须是平台规定的类别代码", "the category must be a code from the platform's vocabulary");
        public static readonly Text StatusRejected = new("已退回", "Rejected");
        public static readonly Text BandHold = new("等级不高于 {0}，持续 {1} 天", "band {0} or below for {1} days");
        public static readonly Text CapText = new("{0} 天内{1}", "within {0} days: {1}");
        public static readonly Text CapPointsText = new("最多 {0} 分", "at most {0} points");
        public static readonly Text CapCountText = new("最多 {0} 次", "at most {0} events");
        public static readonly Text QuantityRange = new("数量 {0}–{1}，{2}", "quantity {0}–{1}, part of a unit: {2}");
        public static readonly Text Yes = new("是", "Yes");
        public static readonly Text No = new("否", "No");
        public static readonly Text Drafted = new("规则 {0} 第 {1} 版草稿已保存，等待另一位工作人员批准。", "Draft {1} of rule {0} saved; another official must approve it.");
        public static readonly Text Approved = new("规则 {0} 第 {1} 版已批准。", "Rule {0} version {1} approved.");
        public static readonly Text Retired = new("规则 {0} 第 {1} 版已停用。", "Rule {0} version {1} retired.");
        public static readonly Text RefusedTitle = new("平台拒绝了此操作：", "The platform refused this:");
        public static readonly Text Refused = new("未能完成：{0}", "Not done: {0}");
        public static readonly Text FourEyes = new("“四眼原则”：规则须由起草人（{0}）以外的工作人员批准。", "Four-eyes principle: a rule is approved by an official other than the one who drafted it ({0}).");
        public static readonly Text ThePlatform = new("平台", "the platform");
        public static readonly Text Guardrail = new("违反底线规则“{0}”（由 {1} 设定）。", "Breaks the guardrail “{0}” (set by {1}).");
        public static readonly Text ForbiddenCategory = new("禁止评分的类别（民族、宗教、政治观点、信访、合法言论）", "a category no scheme may score (ethnicity, religion, political opinion, petitions, lawful speech)");
        public static readonly Text LegalBasisRequired = new("必须写明法律依据", "a legal basis is required");
        public static readonly Text MaxPointsPerEntry = new("单次分值上限", "most points per entry");
        public static readonly Text MaxPointsPerPeriod = new("同一对象一段时间内的分值上限", "most points per subject per period");
        public static readonly Text BandOverrideOnPersons = new("不得对自然人限定等级", "no band hold on persons");
        public static readonly Text MaxPurchasable = new("每年可通过捐助获得的分值上限", "most points a year that money can earn");
        public static readonly Text StatusDraft = new("草稿", "Draft");
        public static readonly Text StatusActive = new("生效中", "In force");
        public static readonly Text StatusSuperseded = new("已被新版本取代", "Superseded");
        public static readonly Text StatusRetired = new("已停用", "Retired");
        public static readonly Text FixedPoints = new("每次 {0} 分", "{0} points each time");
        public static readonly Text PerUnitPoints = new("每 {1} {2} {0} 分", "{0} points per {1} {2}");

        /// <summary>The reader's language as the Application's queries name it.</summary>
        public static string Language => Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? Cultures.English : Cultures.Chinese;

        public static Text StatusLabel(string status) => status switch
        {
            "draft" => StatusDraft,
            "active" => StatusActive,
            "superseded" => StatusSuperseded,
            "rejected" => StatusRejected,
            _ => StatusRetired,
        };

        public static string CategoryOption(Application.Scoring.Categories.ListRuleCategories.RuleCategoryDto category) =>
            $"{(Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? category.LabelEn : category.LabelZh)} ({category.Code})";

        public static string DeltaText(PointsDelta delta) => delta.Kind == Domain.Scoring.DeltaKind.Fixed
            ? FixedPoints.Format(delta.Points.ToString("+#;-#;0", CultureInfo.InvariantCulture))
            : PerUnitPoints.Format(delta.Points.ToString("+#;-#;0", CultureInfo.InvariantCulture), delta.UnitSize, delta.QuantityUnit);
    }
}
