using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditPlatform.Infrastructure.Persistence.Seed;

/// <summary>
/// The demo lists of api.md and demo-rules.md: the court's defaulters, food safety, wage arrears and
/// the customs red list, each with a few realistic entries. Skipped when the court's list exists.
/// </summary>
public sealed class ListsDemoSeed(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ListsDemoSeed> logger) : IDemoSeedStep
{
    public int Order => 20;

    private sealed record DemoEntry(string Identifier, string Name, string Reason, string Document, int DaysAgo, (string Identifier, string Name)? Representative = null);

    private sealed record DemoList(string Authority, CreditList List, DemoEntry[] Entries);

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var demo in Lists())
        {
            await SeedListAsync(demo, ct);
        }
    }

    private async Task SeedListAsync(DemoList demo, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantId = await db.Tenants.Where(t => t.Slug == demo.Authority).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (tenantId is null)
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId.Value, demo.Authority);
        var list = demo.List;
        if (await db.Set<CreditList>().AnyAsync(l => l.Code == list.Code, ct))
        {
            return;
        }

        var protector = scope.ServiceProvider.GetRequiredService<IIdentifierProtector>();
        var now = clock.GetUtcNow();
        list.TenantId = tenantId.Value;
        list.Id = Guid.CreateVersion7();
        list.CreatedAt = now.AddDays(-800);
        db.Set<CreditList>().Add(list);
        foreach (var e in demo.Entries)
        {
            var normalized = Identifier.Normalize(e.Identifier);
            var listedAt = now.AddDays(-e.DaysAgo);
            var entry = new ListEntry
            {
                TenantId = list.TenantId,
                Id = Guid.CreateVersion7(),
                ListId = list.Id,
                SubjectKind = Identifier.DetectKind(normalized) ?? throw new InvalidOperationException("A demo identifier is invalid."),
                IdentifierHash = protector.Hash(normalized),
                MaskedIdentifier = Identifier.Mask(normalized),
                Name = e.Name,
                Reason = e.Reason,
                DocumentNumber = e.Document,
                ListedAt = listedAt,
                ExpiresAt = listedAt.AddDays(list.DefaultDurationDays),
                Status = EntryStatus.Active,
                Measures = list.Measures,
                CreatedAt = listedAt,
                CreatedBy = "seed",
            };
            db.Set<ListEntry>().Add(entry);
            if (e.Representative is { } rep)
            {
                var repNormalized = Identifier.Normalize(rep.Identifier);
                if (entry.LinkRepresentative(list, Guid.CreateVersion7(), protector.Hash(repNormalized), Identifier.Mask(repNormalized), rep.Name) is { } linked)
                {
                    db.Set<ListEntry>().Add(linked);
                }
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded demo list {List} of {Authority} with {Count} entries", list.Code, demo.Authority, demo.Entries.Length);
    }

    private static string Person(string first17) => first17 + ResidentIdentityNumber.ComputeCheckCharacter(first17);

    private static string Organization(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    private static DemoList[] Lists() =>
    [
        new("spc", new CreditList
        {
            Code = "COURT_DEFAULTERS",
            Name = "失信被执行人名单 Judgment defaulters",
            Kind = ListKind.Black,
            Sector = Sectors.Court,
            Scope = ListScope.National,
            LegalBasis = "《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）第一、二条 / SPC Provisions on Publishing the List of Dishonest Judgment Debtors (2017), Arts. 1–2",
            DefaultDurationDays = 730,
            MaximumDurationDays = 730 + (3 * 365),
            RepresentativeTreatment = RepresentativeTreatment.Restricted,
            RepresentativeMeasures = [Measures.Flight, Measures.HighSpeedRail, Measures.LuxuryHotel],
            Measures = [Measures.Flight, Measures.HighSpeedRail, Measures.LuxuryHotel, Measures.PrivateSchool],
            AppealWindowDays = 15,
            AppealSuspends = false,
            MinimumDaysBeforeRepair = 0,
        },
        [
            new("91350100M000100Y43", "福州闽江建材贸易有限公司", "有履行能力而拒不履行生效法律文书确定义务 Able to perform but refuses", "(2025)闽01执1234号", 120,
                (Person("35010219700315123"), "林建国")),
            new(Person("11010819820611457"), "陈志强", "以虚假诉讼、虚假仲裁规避执行 Evades enforcement by false litigation or arbitration", "(2025)京0108执5678号", 45),
            new(Person("31011519750923631"), "刘海涛", "违反限制消费令 Violates a consumption-restriction order", "(2024)沪0115执9012号", 400),
        ]),
        new("samr", new CreditList
        {
            Code = "FOOD_SAFETY",
            Name = "食品安全严重违法生产经营者黑名单 Serious food-safety violators",
            Kind = ListKind.Black,
            Sector = Sectors.FoodSafety,
            Scope = ListScope.National,
            LegalBasis = "《中华人民共和国食品安全法》第一百三十五条 / Food Safety Law, Art. 135",
            DefaultDurationDays = 3 * 365,
            MaximumDurationDays = 3 * 365,
            RepresentativeTreatment = RepresentativeTreatment.CoListed,
            Measures = [Measures.GovernmentTender, Measures.Loan, Measures.Subsidy],
            AppealWindowDays = 15,
            AppealSuspends = true,
            MinimumDaysBeforeRepair = 365,
        },
        [
            new(Organization("91371082MA3N2D7W9"), "荣成市鑫海水产品加工厂", "使用非食品原料生产食品 Used non-food raw materials in food", "荣市监罚〔2025〕31号", 90,
                (Person("37108219680204213"), "孙立新")),
            new(Organization("91330106MA27Y4LB0"), "杭州味美食品有限公司", "经营病死畜禽肉类 Sold meat of diseased livestock", "杭市监罚〔2024〕207号", 300,
                (Person("33010619790817562"), "周丽华")),
        ]),
        new("mohrss", new CreditList
        {
            Code = "WAGE_ARREARS",
            Name = "拖欠农民工工资失信联合惩戒对象名单 Wage arrears",
            Kind = ListKind.Black,
            Sector = Sectors.WageArrears,
            Scope = ListScope.National,
            LegalBasis = "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条 / Interim Measures on the Wage-Arrears Joint Punishment List, Art. 5",
            DefaultDurationDays = 365,
            MaximumDurationDays = 3 * 365,
            RepresentativeTreatment = RepresentativeTreatment.None,
            Measures = [Measures.GovernmentTender, Measures.Subsidy],
            AppealWindowDays = 15,
            AppealSuspends = true,
            MinimumDaysBeforeRepair = 180,
        },
        [
            new(Organization("91440300MA5FQ8K3X"), "深圳宏达建筑劳务有限公司", "克扣、无故拖欠农民工工资 Withheld migrant workers' wages", "深人社罚〔2025〕12号", 60),
        ]),
        new("customs", new CreditList
        {
            Code = "CUSTOMS_AEO",
            Name = "海关高级认证企业 Customs AEO advanced certified enterprises",
            Kind = ListKind.Red,
            Sector = Sectors.Customs,
            Scope = ListScope.National,
            LegalBasis = "《中华人民共和国海关注册登记和备案企业信用管理办法》第三十一条 / Customs Enterprise Credit Management Measures, Art. 31",
            DefaultDurationDays = 3 * 365,
            MaximumDurationDays = 3 * 365,
            RepresentativeTreatment = RepresentativeTreatment.None,
            Measures = [Measures.CustomsInspectionRate],
            AppealWindowDays = 15,
        },
        [
            new("91110000600037341L", "北京联合进出口有限公司", "经海关认证为高级认证企业 Certified AEO (advanced)", "海关总署公告2025年第8号", 200),
            new(Organization("91370200MA3C5T8R1"), "青岛港通物流股份有限公司", "经海关认证为高级认证企业 Certified AEO (advanced)", "海关总署公告2024年第51号", 500),
        ]),
    ];
}
