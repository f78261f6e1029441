using CreditPlatform.Application.ApiKeys;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Access;
using CreditPlatform.Domain.Subjects;
using CreditPlatform.Domain.Tenants;
using CreditPlatform.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditPlatform.Infrastructure.Persistence.Seed;

/// <summary>
/// The demo data of api.md, seeded when the database has no tenants yet (Development only).
/// Each area adds its part through its own seeder step; this one lays tenants, users and keys.
/// </summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DemoSeeder> logger)
    : IDemoSeedStep
{
    public int Order => 0;

    public const string DemoPassword = "Demo-Pass-2026";

    public static readonly (string Slug, string Name, JurisdictionKind Kind, string? Parent)[] DemoTenants =
    [
        ("rongcheng", "荣成市 Rongcheng City", JurisdictionKind.City, null),
        ("majia", "马家村 Majia Village", JurisdictionKind.Village, "rongcheng"),
        ("spc", "最高人民法院 Supreme People's Court", JurisdictionKind.Court, null),
        ("samr", "市场监督管理总局 Market Regulation", JurisdictionKind.Agency, null),
        ("customs", "海关总署 General Administration of Customs", JurisdictionKind.Agency, null),
        ("mohrss", "人力资源和社会保障部 Labour Bureau", JurisdictionKind.Agency, null),
    ];

    /// <summary>User name, display name, role, tenant slug, department, subject identifier (citizens).</summary>
    public static readonly (string User, string Display, string Role, string? Tenant, string? Department, string? Identifier)[] DemoUsers =
    [
        ("admin", "Platform Administrator 平台管理员", Roles.PlatformAdmin, null, null, null),
        ("admin.reviewer", "Platform Reviewer 平台复核员", Roles.PlatformAdmin, null, null, null),
        ("rc.official", "Li Na 李娜", Roles.Official, "rongcheng", "Rongcheng Credit Office 荣成市信用办", null),
        ("rc.reviewer", "Wang Qiang 王强", Roles.Official, "rongcheng", "Rongcheng Credit Office 荣成市信用办", null),
        ("rc.traffic", "Zhao Min 赵敏", Roles.Gatherer, "rongcheng", "Traffic Police Brigade 交警大队", null),
        ("mj.gatherer", "Ma Lan 马兰", Roles.Gatherer, "majia", "Majia Village Committee 马家村委会", null),
        ("mj.official", "Ma Jun 马军", Roles.Official, "majia", "Majia Village Committee 马家村委会", null),
        ("spc.official", "Chen Jie 陈洁", Roles.Official, "spc", "Enforcement Bureau 执行局", null),
        ("spc.reviewer", "Sun Hao 孙浩", Roles.Official, "spc", "Enforcement Bureau 执行局", null),
        ("samr.official", "Liu Yang 刘洋", Roles.Official, "samr", "Food Safety Department 食品安全司", null),
        ("zhang.wei", "Zhang Wei 张伟", Roles.Citizen, "rongcheng", null, "11010519491231002X"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedPlatformAsync(ct);
        await SeedDemoApiKeyAsync(ct);
    }

    private async Task SeedPlatformAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Tenants.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var ids = new Dictionary<string, Guid>();
        foreach (var (slug, name, kind, parent) in DemoTenants)
        {
            var tenant = new Tenant { Id = Guid.CreateVersion7(), Slug = slug, Kind = kind, ParentId = parent is null ? null : ids[parent], CreatedAt = now };
            var (nameZh, nameEn) = Tenant.SplitName(name);
            tenant.Rename(nameZh, nameEn);
            ids[slug] = tenant.Id;
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync(ct); // parents first: the model has no navigation to order them by
        }

        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in new[] { Roles.PlatformAdmin, Roles.Official, Roles.Reviewer, Roles.Gatherer, Roles.Citizen })
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new AppRole(role));
            }
        }

        foreach (var (userName, display, role, tenantSlug, department, identifier) in DemoUsers)
        {
            Guid? subjectId = identifier is null ? null : await EnrolCitizenAsync(ids[tenantSlug!], display, identifier, ct);
            await CreateUserAsync(scope.ServiceProvider, userName, display, role, tenantSlug is null ? null : ids[tenantSlug], department, subjectId);
        }

        logger.LogInformation("Seeded {Tenants} demo jurisdictions and {Users} demo users", DemoTenants.Length, DemoUsers.Length);
    }

    public static async Task<AppUser> CreateUserAsync(
        IServiceProvider services, string userName, string display, string role, Guid? tenantId, string? department, Guid? subjectId, string password = DemoPassword)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            DisplayName = display,
            TenantId = tenantId,
            Department = department,
            SubjectId = subjectId,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create user " + userName + ": " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }

    private async Task<Guid> EnrolCitizenAsync(Guid tenantId, string name, string identifier, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId, "seed");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IIdentifierProtector>();
        var normalized = Identifier.Normalize(identifier);
        var subject = new Subject
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            Kind = SubjectKind.Person,
            IdentifierHash = protector.Hash(normalized),
            IdentifierCipher = protector.Encrypt(normalized),
            MaskedIdentifier = Identifier.Mask(normalized),
            Name = name.Split(' ')[^1],
            CreatedAt = clock.GetUtcNow(),
        };
        db.Subjects.Add(subject);
        await db.SaveChangesAsync(ct);
        return subject.Id;
    }

    /// <summary>A platform key with every scope whose secret is Demo:ApiKey, so scripts can drive the API.</summary>
    private async Task SeedDemoApiKeyAsync(CancellationToken ct)
    {
        if (configuration["Demo:ApiKey"] is not { Length: > 0 } secret)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hash = ApiKeySecrets.Hash(secret);
        if (await db.ApiKeys.AnyAsync(k => k.KeyHash == hash, ct))
        {
            return;
        }

        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = "Demo platform key",
            KeyHash = hash,
            Prefix = secret.Length > 8 ? secret[..8] : "",
            Scopes = [.. Application.Common.Abstractions.Scopes.All],
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = "seed",
        });
        await db.SaveChangesAsync(ct);
    }
}
