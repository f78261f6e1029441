namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// Limits a scheme may not cross, set by the platform or by a parent jurisdiction for everything beneath it.
/// Unset limits impose nothing, so a tenant's set only ever adds restrictions to the chain.
/// </summary>
public sealed record GuardrailSet
{
    /// <summary>Who set these limits: "platform" or a tenant slug. Named in every violation.</summary>
    public required string Name { get; init; }

    public bool LegalBasisRequired { get; init; }

    /// <summary>Most points, in absolute value, a single entry may produce.</summary>
    public int? MaxPointsPerEntry { get; init; }

    /// <summary>Every rule must carry a cap at least this strict.</summary>
    public PeriodLimit? MaxPointsPerSubjectPerRulePerPeriod { get; init; }

    /// <summary>Categories no rule may score; compared ignoring case and the choice of space, hyphen or underscore.</summary>
    public IReadOnlyList<string> ForbiddenCategories { get; init; } = [];

    public bool BandOverrideOnPersonsAllowed { get; init; } = true;

    /// <summary>Most points per 365 days a subject may obtain by giving money or goods.</summary>
    public int? MaxPurchasablePointsPerYear { get; init; }

    /// <summary>
    /// What no credit scheme should touch: who people are, what they believe, and their right to complain
    /// to the authorities or speak lawfully; and a limit on credit that can be bought.
    /// </summary>
    public static GuardrailSet PlatformDefaults { get; } = new()
    {
        Name = "platform",
        LegalBasisRequired = true,
        MaxPointsPerEntry = 200,
        ForbiddenCategories = ["ethnicity", "religion", "political_opinion", "petition", "lawful_speech"],
        BandOverrideOnPersonsAllowed = true,
        MaxPurchasablePointsPerYear = 30,
    };
}
