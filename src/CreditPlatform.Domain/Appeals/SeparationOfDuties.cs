namespace CreditPlatform.Domain.Appeals;

/// <summary>Whoever recorded an entry may not decide an appeal or repair request against it (compared as persons).</summary>
public static class SeparationOfDuties
{
    public const string Code = "reviewer_is_recorder";

    /// <returns>A reason when the reviewer may not decide, otherwise null.</returns>
    public static string? Check(string recorder, string reviewer) =>
        string.Equals(recorder, reviewer, StringComparison.Ordinal)
            ? "The person who recorded the entry may not decide an appeal or repair request against it, whatever credential they use; another official must review it."
            : null;
}
