namespace CreditPlatform.Domain.Scoring;

/// <summary>Machine-readable codes of <see cref="ScoringError"/>; API clients branch on these, so they never change.</summary>
public static class ScoringErrorCodes
{
    public const string QuantityRequired = "quantity_required";
    public const string QuantityOutOfRange = "quantity_out_of_range";
    public const string UnitSizeInvalid = "unit_size_invalid";
    public const string SubjectKindNotAllowed = "subject_kind_not_allowed";
    public const string DocumentRequired = "document_required";
}
