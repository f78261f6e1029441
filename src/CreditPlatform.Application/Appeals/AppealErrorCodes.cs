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
}
