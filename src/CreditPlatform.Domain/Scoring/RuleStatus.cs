namespace CreditPlatform.Domain.Scoring;

/// <summary>Where a rule version stands in its lifecycle: draft → active (approved by a second official) or rejected → superseded or retired.</summary>
public enum RuleStatus
{
    /// <summary>Written, not yet approved; scores nothing.</summary>
    Draft,

    /// <summary>Approved; scores events dated inside its effective window.</summary>
    Active,

    /// <summary>A newer version took over at this one's EffectiveTo; still scores events dated before it.</summary>
    Superseded,

    /// <summary>The rule was withdrawn at EffectiveTo; still scores events dated before it.</summary>
    Retired,

    /// <summary>A reviewer refused the draft, with a reason the drafter reads; it never scored anything.</summary>
    Rejected,
}
