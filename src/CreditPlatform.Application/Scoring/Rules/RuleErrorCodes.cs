namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>Every code with which drafting a rule fails (a field failure's code); they never change.</summary>
public static class RuleErrorCodes
{
    /// <summary>A rule code that is not upper-case letters, digits and underscores starting with a letter.</summary>
    public const string RuleCodeShape = "rule_code_shape";

    /// <summary>A rule that does not say which kinds of subject it applies to.</summary>
    public const string SubjectKindsRequired = "rule_subject_kinds_required";

    /// <summary>A rule without its points.</summary>
    public const string PointsRequired = "rule_points_required";

    /// <summary>A rule that moves no points.</summary>
    public const string PointsZero = "rule_points_zero";

    /// <summary>A cap that limits neither points nor occurrences.</summary>
    public const string CapLimitRequired = "cap_limit_required";

    /// <summary>A draft rejected without a reason: the same code as a scheme draft's.</summary>
    public const string RejectionReasonRequired = SchemeErrorCodes.RejectionReasonRequired;
}
