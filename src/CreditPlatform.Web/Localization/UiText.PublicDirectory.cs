namespace CreditPlatform.Web.Localization;

public static partial class UiText
{
    /// <summary>The public front door (Pages/Public/Index): the jurisdictions and where to read what each publishes.</summary>
    public static class PublicDirectory
    {
        public static readonly Text Lead = new(
            "以下是各辖区。点开辖区的信用信息目录，可以看到它的计分规则、信用等级和名单；也可以查询各机关公示的黑名单、红名单。",
            "These are the jurisdictions. Open one's catalogue to read its scoring rules, bands and lists, or search the black and red lists every authority publishes.");
        public static readonly Text Jurisdictions = new("辖区", "Jurisdictions");
        public static readonly Text Find = new("查找辖区", "Find a jurisdiction");
        public static readonly Text FindLabel = new("辖区名称", "Name of the jurisdiction");
        public static readonly Text FindHint = new("输入名称的一部分，例如“马家”。", "Type part of the name, e.g. \"Majia\".");
        public static readonly Text Search = new("查找", "Find");
        public static readonly Text ShowAll = new("显示全部辖区", "Show every jurisdiction");
        public static readonly Text Count = new("共 {0} 个辖区", "{0} jurisdictions");
        public static readonly Text Found = new("找到 {0} 个名称含“{1}”的辖区", "{0} jurisdictions whose name contains \"{1}\"");
        public static readonly Text NoMatch = new("没有名称含“{0}”的辖区。", "No jurisdiction's name contains \"{0}\".");
        public static readonly Text None = new("还没有辖区公示信息。", "No jurisdiction publishes anything yet.");
        public static readonly Text Catalogue = new("信用信息目录", "Catalogue of rules and lists");
        public static readonly Text Context = new("（所属上级，仅供定位）", "(the jurisdiction above, for orientation)");
        public static readonly Text ListsTitle = new("黑名单、红名单公示", "Published black and red lists");
        public static readonly Text ListsLead = new("按名称查询各机关公示、正在生效的名单记录。", "Search the entries in force on every authority's lists, by name.");
        public static readonly Text ListsLink = new("查询公示的名单", "Search the published lists");
        public static readonly Text Elsewhere = new("其他公开服务", "Other public services");
    }

    /// <summary>The public catalogue's cards (Pages/Public/Catalogue): rules, bands and lists readable on a phone.</summary>
    public static class PublicCatalogue
    {
        public static readonly Text Bands = new("信用等级及分数线", "Bands and their scores");
        public static readonly Text BandsLead = new("信用分落在哪个区间，就评为哪个等级。等级从高到低排列。", "A score falls in one band; bands are listed best first.");
        public static readonly Text BandName = new("{0} 级", "Band {0}");
        public static readonly Text Range = new("分数区间", "Scores");
        public static readonly Text FromUp = new("{0} 分及以上", "{0} points and above");
        public static readonly Text Between = new("{0} 至 {1} 分", "{0} to {1} points");
        public static readonly Text Below = new("低于 {0} 分", "below {0} points");
        public static readonly Text AnyScore = new("任何分数", "any score");
        public static readonly Text BandMeasures = new("对应措施", "Measures");
        public static readonly Text NoMeasures = new("无", "none");
        public static readonly Text Stars = new("本辖区以星和旗公示积分（1 分为 1 颗星，6 颗星为 1 面旗），不划分信用等级。", "This jurisdiction shows points as stars and flags (1 point is 1 star, 6 stars make 1 flag) and has no bands.");
        public static readonly Text NoBands = new("本辖区的评价办法没有划分信用等级。", "This jurisdiction's scheme has no bands.");
        public static readonly Text NoRules = new("本辖区目前没有生效的计分规则。", "This jurisdiction has no scoring rule in force.");
        public static readonly Text NoLists = new("本辖区没有自己的名单。", "This jurisdiction keeps no list of its own.");
        public static readonly Text Versions = new("历次版本", "Versions");
        public static readonly Text VersionN = new("第 {0} 版", "Version {0}");
        public static readonly Text Kind = new("类型", "Kind");
        public static readonly Text Sector = new("领域", "Sector");
        public static readonly Text Scope = new("范围", "Scope");
        public static readonly Text Days = new("{0} 天", "{0} days");
        public static readonly Text Back = new("返回辖区列表", "Back to the jurisdictions");
        public static readonly Text Unnamed = new("未命名辖区", "Unnamed jurisdiction");

        /// <summary>A measure attached to a band or a list, by its label; band rewards first, then the lists' measures.</summary>
        public static Text MeasureLabel(string measure) => measure switch
        {
            "LOAN_PREFERENTIAL" => new("优惠贷款", "Loans on better terms"),
            "PUBLIC_POST_ELIGIBLE" => new("可报考事业单位正式岗位", "Eligible for permanent public-institution posts"),
            "PUBLIC_CONTRACTOR_ELIGIBLE" => new("可承接政府项目", "Eligible as a public contractor"),
            _ => ListDrafts.MeasureLabel(measure),
        };
    }
}
