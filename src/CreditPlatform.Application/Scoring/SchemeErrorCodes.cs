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

    /// <summary>A reversal that does not say why.</summary>
    public const string ReversalReasonRequired = "reversal_reason_required";

    /// <summary>A draft (of a scheme, rule or list) rejected without a reason for its drafter.</summary>
    public const string RejectionReasonRequired = "rejection_reason_required";

    /// <summary>A scheme without the score every subject starts at.</summary>
    public const string BaseScoreRequired = "base_score_required";

    /// <summary>A scheme draft without its list of bands.</summary>
    public const string BandsRequired = "bands_required";

    /// <summary>A scheme with no band.</summary>
    public const string BandsEmpty = "bands_empty";

    /// <summary>A scheme whose ceiling is below its floor.</summary>
    public const string CeilingBelowFloor = "ceiling_below_floor";

    /// <summary>A band without a code.</summary>
    public const string BandCodeRequired = "band_code_required";

    /// <summary>Two bands with the same code.</summary>
    public const string BandCodesNotDistinct = "band_codes_not_distinct";

    /// <summary>A band without a minimum score that is not the last (worst) one.</summary>
    public const string OpenBandNotLast = "open_band_not_last";

    /// <summary>Bands not listed best first, each with a lower minimum than the one before.</summary>
    public const string BandsNotOrdered = "bands_not_ordered";

    /// <summary>A platform guardrail proposal without its limits.</summary>
    public const string GuardrailLimitsRequired = "guardrail_limits_required";

    /// <summary>A platform guardrail proposal that does not say why the guardrails change.</summary>
    public const string GuardrailNoteRequired = "guardrail_note_required";

    /// <summary>A platform guardrail proposal rejected without a reason.</summary>
    public const string GuardrailRejectionReasonRequired = "guardrail_rejection_reason_required";

    /// <summary>More than 100 forbidden categories.</summary>
    public const string ForbiddenCategoriesTooMany = "forbidden_categories_too_many";
}
