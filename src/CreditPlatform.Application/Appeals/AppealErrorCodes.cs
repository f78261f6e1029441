using CreditPlatform.Domain.Appeals;

namespace CreditPlatform.Application.Appeals;

/// <summary>
/// Every code with which appeals, corrections and credit repair refuse (the problem's <c>code</c>); clients and pages
/// branch and translate on these, never on the English text, so they never change.
/// </summary>
public static class AppealErrorCodes
{
    public const string WindowClosed = "appeal_window_closed";
    public const string Escalated = "appeal_escalated";
    public const string NotAppealable = "entry_not_appealable";
    public const string AlreadyCorrected = "entry_already_corrected";
    public const string CorrectionExceedsEntry = "correction_exceeds_entry";
    public const string RepairTooEarly = "repair_too_early";
    public const string RepairConditionsUnmet = "repair_conditions_unmet";

    /// <summary>The person who recorded an entry may not decide an appeal or repair about it.</summary>
    public const string ReviewerIsRecorder = SeparationOfDuties.Code;

    /// <summary>A calendar day is neither a holiday nor a working day.</summary>
    public const string CalendarDayKindInvalid = "calendar_day_kind_invalid";

    /// <summary>A weekday listed as a working day: only a Saturday or a Sunday can be one.</summary>
    public const string WorkingDayNotWeekend = "working_day_not_weekend";

    /// <summary>A calendar day without its Chinese name.</summary>
    public const string CalendarDayNameZhRequired = "calendar_day_name_zh_required";

    /// <summary>A calendar day without its English name.</summary>
    public const string CalendarDayNameEnRequired = "calendar_day_name_en_required";

    /// <summary>A calendar year outside 2000 to 2100.</summary>
    public const string CalendarYearOutOfRange = "calendar_year_out_of_range";

    /// <summary>An appeal or repair names no entry, or both a ledger entry and a list entry.</summary>
    public const string OneEntryRequired = "one_entry_required";

    /// <summary>An appeal that does not say why the entry is wrong.</summary>
    public const string AppealReasonRequired = "appeal_reason_required";

    /// <summary>A decision whose outcome is not upheld, partly upheld or rejected.</summary>
    public const string OutcomeInvalid = "appeal_outcome_invalid";

    /// <summary>A decision on an appeal or repair without written reasons.</summary>
    public const string DecisionReasonsRequired = "decision_reasons_required";

    /// <summary>A partly upheld appeal that gives back no points.</summary>
    public const string AdjustedPointsRequired = "adjusted_points_required";

    /// <summary>A partly upheld appeal that gives back all the points, which is upholding it.</summary>
    public const string AdjustedPointsAll = "adjusted_points_all";

    /// <summary>Evidence that is empty or larger than 5 MB.</summary>
    public const string EvidenceSizeInvalid = "evidence_size_invalid";

    /// <summary>Evidence that is not a PDF, JPEG or PNG file.</summary>
    public const string EvidenceTypeInvalid = "evidence_type_invalid";

    /// <summary>An evidence upload without its multipart part named "file".</summary>
    public const string EvidencePartMissing = "evidence_part_missing";
}
