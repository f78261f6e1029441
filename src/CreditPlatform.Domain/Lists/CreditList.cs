using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Lists;

/// <summary>
/// A black or red list published by its issuing authority (the tenant that owns it). Its rules are
/// fixed when it is created: durations, measures, what happens to legal representatives, appeals and repair.
/// </summary>
public sealed class CreditList : ITenantOwned
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int LegalBasisMaxLength = 1000;
    public const int DefaultAppealWindowDays = 15;
    public const int DefaultDecisionWorkingDays = 15;

    /// <summary>Ten years: no listing is open-ended, and none may outlast this.</summary>
    public const int LongestDurationDays = 3650;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public ListKind Kind { get; set; }
    public string Sector { get; set; } = "";
    public ListScope Scope { get; set; }
    public string LegalBasis { get; set; } = "";
    public int DefaultDurationDays { get; set; }
    public int MaximumDurationDays { get; set; }
    public RepresentativeTreatment RepresentativeTreatment { get; set; }

    /// <summary>For <see cref="RepresentativeTreatment.Restricted"/>: the subset of <see cref="Measures"/> that applies to the person.</summary>
    public string[] RepresentativeMeasures { get; set; } = [];
    public string[] Measures { get; set; } = [];
    public int AppealWindowDays { get; set; } = DefaultAppealWindowDays;
    public bool AppealSuspends { get; set; }
    public int MinimumDaysBeforeRepair { get; set; }

    /// <summary>Working days the issuer has to decide an appeal against one of its entries (default 15).</summary>
    public int DecisionWorkingDays { get; set; } = DefaultDecisionWorkingDays;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The expiry of a listing made at <paramref name="listedAt"/>: the requested date, or the list's
    /// default duration. Returns an error (and no date) when the request is open-ended or too long.
    /// </summary>
    public (DateTimeOffset? ExpiresAt, string? Error) ExpiryFor(DateTimeOffset listedAt, DateTimeOffset? requested)
    {
        var latest = listedAt.AddDays(MaximumDurationDays);
        if (requested is not { } expiresAt)
        {
            return (listedAt.AddDays(DefaultDurationDays), null);
        }

        if (expiresAt <= listedAt)
        {
            return (null, "The expiry must come after the listing date.");
        }

        return expiresAt > latest
            ? (null, $"This list allows at most {MaximumDurationDays} days from the listing date.")
            : (expiresAt, null);
    }

    /// <summary>The earliest time a listed subject may have the entry removed for credit repair.</summary>
    public DateTimeOffset EarliestRepair(DateTimeOffset listedAt) => listedAt.AddDays(MinimumDaysBeforeRepair);

    /// <summary>The measures that apply to a legal representative's linked entry.</summary>
    public string[] MeasuresFor(LinkRole role) => role == LinkRole.Restricted ? RepresentativeMeasures : Measures;
}
