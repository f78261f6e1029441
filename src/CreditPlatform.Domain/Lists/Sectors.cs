namespace CreditPlatform.Domain.Lists;

/// <summary>The sectors that keep lists (design.md §1), stored and shown by these codes.</summary>
public static class Sectors
{
    public const string Court = "court";
    public const string FoodSafety = "food_safety";
    public const string Environment = "environment";
    public const string Tax = "tax";
    public const string WageArrears = "wage_arrears";
    public const string ECommerce = "e_commerce";
    public const string Finance = "finance";
    public const string RealEstate = "real_estate";
    public const string Tourism = "tourism";
    public const string Customs = "customs";
    public const int MaxLength = 32;

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Court, FoodSafety, Environment, Tax, WageArrears, ECommerce, Finance, RealEstate, Tourism, Customs,
    };
}
