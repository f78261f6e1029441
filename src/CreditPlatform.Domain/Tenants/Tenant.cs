namespace CreditPlatform.Domain.Tenants;

/// <summary>A jurisdiction running its own scheme and lists. Platform-level row: not tenant-owned.</summary>
public sealed class Tenant
{
    public const int SlugMaxLength = 40;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    /// <summary>Both names as one label ("荣成市 Rongcheng City"), kept for the places that show a single name.</summary>
    public string Name { get; set; } = "";

    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public JurisdictionKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When set, the jurisdiction takes no new events or listings; everything it holds stays readable.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The name in the language asked for (zh or en).</summary>
    public string NameIn(bool chinese) => chinese ? NameZh : NameEn;

    /// <summary>Sets both names and the combined label.</summary>
    public void Rename(string nameZh, string nameEn)
    {
        NameZh = nameZh;
        NameEn = nameEn;
        Name = CombinedName(nameZh, nameEn);
    }

    public static string CombinedName(string nameZh, string nameEn)
    {
        var combined = nameZh + " " + nameEn;
        return combined.Length > NameMaxLength ? combined[..NameMaxLength] : combined;
    }

    /// <summary>Splits a combined label at its first space: the Chinese name, then the English one.</summary>
    public static (string Zh, string En) SplitName(string name) =>
        name.IndexOf(' ', StringComparison.Ordinal) is var i and > 0 ? (name[..i], name[(i + 1)..]) : (name, name);

    /// <summary>Where the jurisdiction is (IANA zone id): its working-day deadlines end at midnight there.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public const string DefaultTimeZone = "Asia/Shanghai";
    public const int TimeZoneMaxLength = 64;
}
