namespace CreditPlatform.Domain.Appeals;

/// <summary>
/// When credit repair may be asked for: after the minimum period (2023 repair rules: general
/// information 3 months, serious 1 year...) and once the conditions are met. Publication stops
/// by itself at expiry regardless.
/// </summary>
public static class RepairEligibility
{
    public static DateTimeOffset EarliestRequest(DateTimeOffset recordedAt, int minimumDays) => recordedAt.AddDays(minimumDays);

    /// <returns>A plain reason when the subject may not apply yet, otherwise null.</returns>
    public static string? Check(DateTimeOffset recordedAt, int minimumDays, DateTimeOffset now, bool obligationPerformed, bool commitmentGiven)
    {
        var earliest = EarliestRequest(recordedAt, minimumDays);
        if (now < earliest)
        {
            return $"Credit repair may be requested from {earliest:yyyy-MM-dd}.";
        }

        if (!obligationPerformed)
        {
            return "Credit repair needs the obligation to have been performed (for example, the debt paid).";
        }

        return commitmentGiven ? null : "Credit repair needs a signed commitment to keep faith.";
    }
}
