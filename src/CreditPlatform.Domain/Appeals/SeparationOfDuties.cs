namespace CreditPlatform.Domain.Appeals;

/// <summary>Whoever recorded an entry may not decide the appeal against it.</summary>
public static class SeparationOfDuties
{
    public const string Code = "reviewer_is_recorder";

    /// <returns>A reason when the reviewer may not decide, otherwise null.</returns>
    public static string? Check(string recorder, string reviewer) =>
        string.Equals(recorder, reviewer, StringComparison.Ordinal)
            ? "The official who recorded the entry may not decide the appeal against it; another official must review it."
            : null;
}
