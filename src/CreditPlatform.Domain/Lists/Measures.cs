namespace CreditPlatform.Domain.Lists;

/// <summary>
/// The consequences a list may attach, by code: restrictions for black lists, rewards for red lists.
/// A list names only codes from here, so every agency applying a measure reads the same word.
/// </summary>
public static class Measures
{
    public const string Flight = "FLIGHT";
    public const string HighSpeedRail = "HSR";
    public const string LuxuryHotel = "LUXURY_HOTEL";
    public const string PrivateSchool = "PRIVATE_SCHOOL";
    public const string GovernmentTender = "GOV_TENDER";
    public const string GovernmentJob = "GOV_JOB";
    public const string Loan = "LOAN";
    public const string Subsidy = "SUBSIDY";

    public const string CustomsInspectionRate = "CUSTOMS_INSPECTION_RATE";
    public const string GreenChannel = "GREEN_CHANNEL";
    public const string FreeCheckup = "FREE_CHECKUP";
    public const string WaterAllowance = "WATER_ALLOWANCE";
    public const string HeatingDiscount = "HEATING_DISCOUNT";

    public static readonly IReadOnlySet<string> Restrictions = new HashSet<string>(StringComparer.Ordinal)
    {
        Flight, HighSpeedRail, LuxuryHotel, PrivateSchool, GovernmentTender, GovernmentJob, Loan, Subsidy,
    };

    public static readonly IReadOnlySet<string> Rewards = new HashSet<string>(StringComparer.Ordinal)
    {
        CustomsInspectionRate, GreenChannel, FreeCheckup, WaterAllowance, HeatingDiscount,
    };

    public static bool IsKnown(string? code) => code is not null && (Restrictions.Contains(code) || Rewards.Contains(code));

    /// <summary>Black lists carry restrictions, red lists rewards; never the other way round.</summary>
    public static bool FitsKind(ListKind kind, string code) =>
        kind == ListKind.Black ? Restrictions.Contains(code) : Rewards.Contains(code);
}
