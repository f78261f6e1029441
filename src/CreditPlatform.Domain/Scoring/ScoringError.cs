using System.Globalization;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Scoring;

/// <summary>Why an event could not be scored: a stable code for machines and an English sentence for people.</summary>
public sealed record ScoringError(string Code, string Message)
{
    public static ScoringError QuantityRequired(string unit) => new(
        ScoringErrorCodes.QuantityRequired,
        string.IsNullOrEmpty(unit)
            ? "This rule needs a quantity."
            : $"This rule needs a quantity in {unit}.");

    public static ScoringError QuantityOutOfRange(decimal quantity, decimal? min, decimal? max, string unit) => new(
        ScoringErrorCodes.QuantityOutOfRange,
        $"Quantity {WithUnit(quantity, unit)} is outside the allowed range: {RangeText(min, max, unit)}.");

    public static ScoringError UnitSizeInvalid() => new(
        ScoringErrorCodes.UnitSizeInvalid,
        "The rule's unit size is not positive, so a quantity cannot be converted to points.");

    public static ScoringError SubjectKindNotAllowed(string ruleCode, SubjectKind kind) => new(
        ScoringErrorCodes.SubjectKindNotAllowed,
        $"Rule {ruleCode} does not apply to a subject of kind {kind}.");

    public static ScoringError DocumentRequired(string ruleCode) => new(
        ScoringErrorCodes.DocumentRequired,
        $"Rule {ruleCode} can only be recorded with the number of a legally effective document.");

    internal static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string WithUnit(decimal value, string unit) =>
        string.IsNullOrEmpty(unit) ? Number(value) : $"{Number(value)} {unit}";

    private static string RangeText(decimal? min, decimal? max, string unit) => (min, max) switch
    {
        ({ } lo, { } hi) => $"from {Number(lo)} to {WithUnit(hi, unit)}",
        ({ } lo, null) => $"at least {WithUnit(lo, unit)}",
        (null, { } hi) => $"from 0 to {WithUnit(hi, unit)}",
        _ => "it must not be negative",
    };
}
