using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditPlatform.Infrastructure.Persistence.Seed.Scoring;

/// <summary>
/// The demo schemes and rule tables (all active, each drafted by one demo official and approved by another), a few
/// events for the citizen zhang.wei, and a handful of Majia villagers with a tally behind them so the boards are not empty.
/// Skipped once Rongcheng has a scheme.
/// </summary>
public sealed class ScoringDemoSeed(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScoringDemoSeed> logger) : IDemoSeedStep
{
    public int Order => 10;

    private sealed record Official(string Label, string? Department, Guid? SubjectId);

    public async Task SeedAsync(CancellationToken ct)
    {
        Dictionary<string, (Guid Id, string Slug)> tenants;
        Dictionary<string, Official> users;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            tenants = await db.Tenants.AsNoTracking().Where(t => t.Slug == "rongcheng" || t.Slug == "majia")
                .ToDictionaryAsync(t => t.Slug, t => (t.Id, t.Slug), ct);
            users = await db.Users.AsNoTracking().Where(u => u.UserName != null)
                .ToDictionaryAsync(u => u.UserName!, u => new Official($"user:{u.Id}", u.Department, u.SubjectId), ct);
        }

        string[] needed = ["rc.official", "rc.reviewer", "rc.traffic", "mj.official", "mj.gatherer", "admin", "zhang.wei"];
        if (tenants.Count < 2 || needed.Any(u => !users.TryGetValue(u, out _)) || await HasSchemeAsync(tenants["rongcheng"], ct))
        {
            return;
        }

        var rongcheng = tenants["rongcheng"];
        var majia = tenants["majia"];
        await SeedSchemeAsync(rongcheng, DemoSchemes.Rongcheng, DemoRuleCatalogue.Rongcheng, users["rc.official"], users["rc.reviewer"], ct);
        await SeedSchemeAsync(majia, DemoSchemes.Majia, DemoRuleCatalogue.Majia, users["mj.official"], users["admin"], ct);

        var now = clock.GetUtcNow();
        if (users["zhang.wei"].SubjectId is { } zhangWei)
        {
            await RecordAsync(rongcheng, users["rc.traffic"],
            [
                new(zhangWei, null, "TRAFFIC_RED_LIGHT", now.AddDays(-20), Evidence: "成山大道与青山路口电子警察 Camera at Chengshan Rd / Qingshan Rd", IdempotencyKey: "seed-zhang-wei-1"),
            ], ct);
            await RecordAsync(rongcheng, users["rc.official"],
            [
                new(zhangWei, null, "BLOOD_DONATION", now.AddDays(-75), Evidence: "荣成市中心血站献血证 Blood donation certificate", IdempotencyKey: "seed-zhang-wei-2"),
                new(zhangWei, null, "VOLUNTEER_HOURS", now.AddDays(-40), 12m, "社区志愿服务记录 Community volunteer log", IdempotencyKey: "seed-zhang-wei-3"),
            ], ct);
        }

        var villagers = await EnrolVillagersAsync(majia, ct);
        await RecordAsync(majia, users["mj.gatherer"], VillageTally(villagers, now), ct);
        logger.LogInformation("Seeded the demo schemes, {Rules} rules and the demo events", DemoRuleCatalogue.Rongcheng.Count + DemoRuleCatalogue.Majia.Count);
    }

    private async Task<bool> HasSchemeAsync((Guid Id, string Slug) tenant, CancellationToken ct)
    {
        await using var scope = TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SchemeVersion>().AnyAsync(ct);
    }

    private async Task SeedSchemeAsync(
        (Guid Id, string Slug) tenant, SchemeDefinition scheme, IReadOnlyList<RuleDefinition> rules, Official drafter, Official approver, CancellationToken ct)
    {
        await using var scope = TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = Instants.Stored(clock.GetUtcNow());
        db.Set<SchemeVersion>().Add(new SchemeVersion
        {
            TenantId = tenant.Id,
            Version = scheme.Version,
            Definition = scheme,
            EffectiveFrom = Instants.Stored(DemoRuleCatalogue.InForceFrom),
            CreatedAt = now,
            CreatedBy = drafter.Label,
        });
        foreach (var rule in rules)
        {
            db.Set<RuleVersion>().Add(new RuleVersion
            {
                TenantId = tenant.Id,
                Code = rule.Code,
                Version = rule.Version,
                TitleZh = rule.TitleZh,
                TitleEn = rule.TitleEn,
                Category = rule.Category,
                LegalBasis = rule.LegalBasis,
                SubjectKinds = rule.SubjectKinds,
                Delta = rule.Delta,
                Caps = rule.Caps,
                BandOverride = rule.BandOverride,
                ExpiryMonths = rule.ExpiryMonths,
                RectificationDays = rule.RectificationDays,
                RequiresDocument = rule.RequiresDocument,
                Purchasable = rule.Purchasable,
                EffectiveFrom = Instants.Stored(rule.EffectiveFrom),
                Status = RuleStatus.Active,
                DraftedBy = drafter.Label,
                DraftedAt = now,
                ApprovedBy = approver.Label,
                ApprovedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task RecordAsync((Guid Id, string Slug) tenant, Official recorder, IReadOnlyList<EventInput> events, CancellationToken ct)
    {
        await using var scope = TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await scope.ServiceProvider.GetRequiredService<EventRecorder>()
            .RecordAsync(events, new Recorder(recorder.Label, recorder.Department, EventSource.Seed), keyRequired: true, ct);
        if (result.Outcomes.FirstOrDefault(o => o.Kind == EventOutcomeKind.Rejected) is { } refused)
        {
            throw new InvalidOperationException($"Demo event {refused.Index} of {tenant.Slug} was refused: {refused.Errors[0].Code}.");
        }

        await transaction.CommitAsync(ct);
    }

    private static readonly (string Name, string Born)[] Villagers =
    [
        ("马建国", "19560312"),
        ("马秀英", "19621105"),
        ("马志强", "19700720"),
        ("马桂兰", "19590228"),
        ("马德福", "19481016"),
    ];

    private async Task<Guid[]> EnrolVillagersAsync((Guid Id, string Slug) tenant, CancellationToken ct)
    {
        await using var scope = TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IIdentifierProtector>();
        var ids = new Guid[Villagers.Length];
        for (var i = 0; i < Villagers.Length; i++)
        {
            // 371082 is Rongcheng's area code; the sequence digits keep the five numbers apart.
            var first17 = $"371082{Villagers[i].Born}{11 + (2 * i):000}";
            var identifier = first17 + ResidentIdentityNumber.ComputeCheckCharacter(first17);
            var subject = new Subject
            {
                TenantId = tenant.Id,
                Id = Guid.CreateVersion7(),
                Kind = SubjectKind.Person,
                IdentifierHash = protector.Hash(identifier),
                IdentifierCipher = protector.Encrypt(identifier),
                MaskedIdentifier = Identifier.Mask(identifier),
                Name = Villagers[i].Name,
                CreatedAt = Instants.Stored(clock.GetUtcNow().AddDays(-90)),
            };
            db.Subjects.Add(subject);
            ids[i] = subject.Id;
        }

        await db.SaveChangesAsync(ct);
        return ids;
    }

    /// <summary>What the gatherer's paper tally of the last three months says, one line per event.</summary>
    private static List<EventInput> VillageTally(Guid[] v, DateTimeOffset now)
    {
        var n = 0;
        EventInput Line(Guid subject, string rule, int daysAgo, decimal? quantity = null, string? evidence = null) =>
            new(subject, null, rule, now.AddDays(-daysAgo), quantity, evidence ?? "村信息员记录表 Gatherer's tally sheet", IdempotencyKey: $"seed-majia-{++n}");

        return
        [
            Line(v[0], "COMMUNITY_LABOUR", 60, 8m, "安装篮球架 Installing the basketball hoop"),
            Line(v[0], "DONATION", 45, 3000m, "捐赠电视机一台 A television for the village hall"),
            Line(v[0], "CLEAN_YARD", 30),
            Line(v[1], "CLEAN_YARD", 65),
            Line(v[1], "CLEAN_YARD", 35),
            Line(v[1], "CLEAN_YARD", 5),
            Line(v[1], "COMMUNITY_LABOUR", 20, 16m, "清理村道 Clearing the village road"),
            Line(v[2], "FAMILY_IN_SERVICE", 50, evidence: "入伍通知书 Enlistment notice"),
            Line(v[2], "LITTERING", 15),
            Line(v[3], "COMMUNITY_LABOUR", 25, 12m, "修缮祠堂 Repairing the ancestral hall"),
            Line(v[3], "DONATION", 10, 500m),
            Line(v[4], "LITTERING", 40),
            Line(v[4], "LITTERING", 12),
            Line(v[4], "CLEAN_YARD", 8),
        ];
    }

    private AsyncServiceScope TenantScope((Guid Id, string Slug) tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant.Id, tenant.Slug);
        return scope;
    }
}
