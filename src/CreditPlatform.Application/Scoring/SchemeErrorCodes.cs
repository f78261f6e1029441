namespace CreditPlatform.Application.Scoring;

/// <summary>
/// Every code with which schemes, rules, guardrails and ledger corrections refuse (the problem's <c>code</c>). Event
/// refusals have theirs in <see cref="Events.EventErrorCodes"/> and the engine's in
/// <see cref="Domain.Scoring.ScoringErrorCodes"/>. They never change.
/// </summary>
public static class SchemeErrorCodes
{
    /// <summary>The person who drafted a change may not approve it, whatever credential they use.</summary>
    public const string FourEyes = "four_eyes";
    public const string EffectiveFromBeforePrevious = "effective_from_before_previous";
    public const string EffectiveToBeforeStart = "effective_to_before_start";
    public const string UnknownBand = "unknown_band";
    public const string BandInUse = "band_in_use";
    public const string NoScheme = "no_scheme";

    /// <summary>Another version of the scheme took effect after the draft was written: draft again from it.</summary>
    public const string SchemeChanged = "scheme_changed";
    public const string GuardrailViolation = "guardrail_violation";
    public const string NotReversible = "reversal_not_reversible";

    /// <summary>
    /// The jurisdiction has a scheme: a change to it is drafted and approved by another person (four eyes), never set
    /// directly. Setting a scheme is only for a jurisdiction's first one.
    /// </summary>
    public const string ChangeNeedsReview = "scheme_change_needs_review";
}
