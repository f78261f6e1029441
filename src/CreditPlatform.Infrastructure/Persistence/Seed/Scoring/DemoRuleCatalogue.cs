using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Infrastructure.Persistence.Seed.Scoring;

/// <summary>
/// The full demo rule tables of demo-rules.md, with Chinese and English titles. The legal bases are illustrative,
/// as each real jurisdiction writes its own.
/// </summary>
internal static class DemoRuleCatalogue
{
    /// <summary>Well before any demo event, so every event of the demo falls inside version 1.</summary>
    public static readonly DateTimeOffset InForceFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly SubjectKind[] Persons = [SubjectKind.Person];
    private static readonly SubjectKind[] Everyone = [SubjectKind.Person, SubjectKind.Organization];

    private const string CityMeasures = "《荣成市社会信用体系建设管理办法》 Rongcheng Measures on the Social Credit System";
    private const string VillageRules = "《马家村村规民约》 Majia Village Compact";

    public static IReadOnlyList<RuleDefinition> Rongcheng { get; } =
    [
        Rule("TRAFFIC_RED_LIGHT", "闯红灯", "Running a red light", "traffic", PointsDelta.Fixed(-5), Persons, 12,
            "《中华人民共和国道路交通安全法》第九十条 Road Traffic Safety Law, art. 90", new Cap(30, MaxPoints: 15)),
        Rule("DRUNK_DRIVING", "醉酒驾驶机动车", "Drunk driving", "traffic", PointsDelta.Fixed(-50), Everyone, 36,
            "《中华人民共和国道路交通安全法》第九十一条 Road Traffic Safety Law, art. 91") with { BandOverride = new BandOverride("C", 365) },
        Rule("LOAN_ARREARS_MONTH", "贷款逾期（每逾期一个月）", "Loan in arrears, per month overdue", "finance",
            PointsDelta.PerUnit(-10, 1m, "months", minQuantity: 1m, maxQuantity: 120m), Everyone, 24,
            $"{CityMeasures}, art. 21", new Cap(365, MaxPoints: 60)),
        Rule("CONTRACT_BREACH", "合同违约", "Breach of contract", "commerce", PointsDelta.Fixed(-20), Everyone, 24,
            $"{CityMeasures}, art. 22; 《中华人民共和国民法典》第五百七十七条 Civil Code, art. 577"),
        Rule("UTILITY_ARREARS", "拖欠水电气费", "Unpaid water, power or gas bills", "commerce", PointsDelta.Fixed(-20), Everyone, 12,
            $"{CityMeasures}, art. 22"),
        Rule("MLM_FRAUD", "组织参与传销", "Pyramid selling", "commerce", PointsDelta.Fixed(-30), Everyone, 36,
            "《禁止传销条例》第七条 Regulations on Prohibiting Pyramid Selling, art. 7"),
        Rule("COUNTERFEIT_GOODS", "制售假冒伪劣商品", "Making or selling counterfeit goods", "market_order", PointsDelta.Fixed(-30), Everyone, 36,
            "《中华人民共和国产品质量法》第五条 Product Quality Law, art. 5"),
        Rule("ILLEGAL_FUNDRAISING_INVESTIGATED", "因非法集资被立案调查", "Investigated for illegal fund-raising", "finance",
            PointsDelta.Fixed(-40), Everyone, 36, "《防范和处置非法集资条例》第三条 Regulations on Illegal Fund-raising, art. 3"),
        Rule("COURT_BREACH_JUDGMENT", "拒不履行生效判决", "Not complying with an effective judgment", "judicial", PointsDelta.Fixed(-50),
            Everyone, 36, "《中华人民共和国民事诉讼法》第二百六十二条 Civil Procedure Law, art. 262") with { RequiresDocument = true },
        Rule("UTILITY_THEFT", "窃电窃水窃气", "Stealing power, water or gas", "public_property", PointsDelta.Fixed(-60), Everyone, 36,
            "《电力供应与使用条例》第三十一条 Regulations on Electricity Supply and Use, art. 31"),
        Rule("PUBLIC_EQUIPMENT_DAMAGE", "损毁公共设施", "Damaging public equipment", "public_property", PointsDelta.Fixed(-100), Everyone, 36,
            "《中华人民共和国治安管理处罚法》第三十三条 Public Security Administration Punishments Law, art. 33"),
        Rule("BLOOD_DONATION", "无偿献血", "Donating blood", "public_welfare", PointsDelta.Fixed(5), Persons, 24,
            $"{CityMeasures}, art. 30; 《中华人民共和国献血法》 Blood Donation Law", new Cap(365, MaxOccurrences: 2)),
        Rule("VOLUNTEER_HOURS", "志愿服务（每4小时）", "Volunteering, per 4 hours", "public_welfare",
            PointsDelta.PerUnit(1, 4m, "hours", maxQuantity: 24m), Persons, 24,
            $"{CityMeasures}, art. 30; 《志愿服务条例》 Regulations on Volunteer Service", new Cap(30, MaxPoints: 20)),
        Rule("HEROIC_ACT", "见义勇为", "Heroic act", "public_welfare", PointsDelta.Fixed(30), Persons, 36, $"{CityMeasures}, art. 31"),
        Rule("REPORT_COUNTERFEIT", "举报假冒伪劣", "Reporting counterfeit goods", "market_order", PointsDelta.Fixed(5), Everyone, 24,
            $"{CityMeasures}, art. 31"),
    ];

    public static IReadOnlyList<RuleDefinition> Majia { get; } =
    [
        Rule("COMMUNITY_LABOUR", "参加集体劳动（每4小时）", "Community labour, per 4 hours", "community",
            PointsDelta.PerUnit(1, 4m, "hours", maxQuantity: 24m), Persons, 12, $"{VillageRules}, art. 5"),
        Rule("DONATION", "捐款捐物（每100元）", "Donating money or goods, per 100 yuan", "donation",
            PointsDelta.PerUnit(1, 100m, "yuan"), Everyone, 12, $"{VillageRules}, art. 6", new Cap(365, MaxPoints: 30)) with { Purchasable = true },
        Rule("FAMILY_IN_SERVICE", "子女参军", "A child serving in the army", "community", PointsDelta.Fixed(10), Persons, 12,
            $"{VillageRules}, art. 7", new Cap(365, MaxOccurrences: 1)),
        Rule("CLEAN_YARD", "庭院整洁（月度检查）", "Clean yard at the monthly inspection", "environment", PointsDelta.Fixed(3), Persons, 12,
            $"{VillageRules}, art. 9", new Cap(25, MaxOccurrences: 1)),
        Rule("LITTERING", "乱扔垃圾", "Littering", "environment", PointsDelta.Fixed(-1), Persons, 12, $"{VillageRules}, art. 10"),
        Rule("ELDER_NEGLECT", "不赡养老人（经村委会认定）", "Neglecting elderly parents (village committee finding)", "family",
            PointsDelta.Fixed(-5), Persons, 12, $"{VillageRules}, art. 12; 《中华人民共和国老年人权益保障法》第十四条 Law on the Elderly, art. 14")
            with { RequiresDocument = true },
    ];

    private static RuleDefinition Rule(
        string code, string zh, string en, string category, PointsDelta delta, SubjectKind[] kinds, int expiryMonths, string legalBasis, params Cap[] caps) => new()
        {
            Code = code,
            Version = 1,
            TitleZh = zh,
            TitleEn = en,
            Category = category,
            LegalBasis = legalBasis,
            SubjectKinds = kinds,
            Delta = delta,
            Caps = caps,
            ExpiryMonths = expiryMonths,
            EffectiveFrom = InForceFrom,
        };
}
