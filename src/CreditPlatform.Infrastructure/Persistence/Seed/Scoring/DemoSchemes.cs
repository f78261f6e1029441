using CreditPlatform.Domain.Scoring;

namespace CreditPlatform.Infrastructure.Persistence.Seed.Scoring;

/// <summary>The demo schemes of demo-rules.md: a city on 1,000 points with AAA–D bands, a village on stars and flags.</summary>
internal static class DemoSchemes
{
    public static SchemeDefinition Rongcheng { get; } = new()
    {
        Version = 1,
        BaseScore = 1000,
        Bands =
        [
            new Band("AAA", 1050),
            new Band("AA", 1030),
            new Band("A", 960),
            new Band("B", 850),
            new Band("C", 600),
            new Band("D", null),
        ],
        BandMeasures = new Dictionary<string, IReadOnlyList<string>>
        {
            ["AAA"] = ["FREE_CHECKUP", "WATER_ALLOWANCE", "HEATING_DISCOUNT", "LOAN_PREFERENTIAL", "PUBLIC_POST_ELIGIBLE", "PUBLIC_CONTRACTOR_ELIGIBLE"],
            ["AA"] = ["PUBLIC_POST_ELIGIBLE", "PUBLIC_CONTRACTOR_ELIGIBLE"],
            ["A"] = ["PUBLIC_POST_ELIGIBLE", "PUBLIC_CONTRACTOR_ELIGIBLE"],
            ["B"] = ["PUBLIC_CONTRACTOR_ELIGIBLE"],
            ["D"] = ["SUBSIDY", "GOV_TENDER", "GOV_JOB", "LOAN"],
        },
        AppealWindowDays = 15,
        RectificationDays = 365,
    };

    public static SchemeDefinition Majia { get; } = new()
    {
        Version = 1,
        BaseScore = 0,
        DisplayStars = true,
        AppealWindowDays = 15,
    };
}
