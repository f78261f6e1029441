namespace CreditPlatform.Domain.Tenants;

/// <summary>A jurisdiction running its own scheme and lists. Platform-level row: not tenant-owned.</summary>
public sealed class Tenant
{
    public const int SlugMaxLength = 40;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public JurisdictionKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Where the jurisdiction is (IANA zone id): its working-day deadlines end at midnight there.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public const string DefaultTimeZone = "Asia/Shanghai";
    public const int TimeZoneMaxLength = 64;
}
