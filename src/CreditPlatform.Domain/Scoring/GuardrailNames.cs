namespace CreditPlatform.Domain.Scoring;

/// <summary>Stable names of the guardrails, used in refusals shown to officials and returned by the API.</summary>
public static class GuardrailNames
{
    public const string LegalBasisRequired = "legal_basis_required";
    public const string MaxPointsPerEntry = "max_points_per_entry";
    public const string MaxPointsPerSubjectPerRulePerPeriod = "max_points_per_subject_per_rule_per_period";
    public const string ForbiddenCategory = "forbidden_category";
    public const string UnknownCategory = "unknown_category";
    public const string BandOverrideOnPersons = "band_override_on_persons";
    public const string MaxPurchasablePointsPerYear = "max_purchasable_points_per_year";
}
