namespace CreditPlatform.Application.Gathering;

/// <summary>
/// Every code with which gathering refuses or a gathering field fails (the problem's <c>code</c>, a field failure's
/// code); an entry reversed already answers <see cref="Appeals.AppealErrorCodes.AlreadyCorrected"/> as every correction
/// does. They never change.
/// </summary>
public static class GatheringErrorCodes
{
    /// <summary>Only the person who recorded the entry may undo it, whatever credential either of them used.</summary>
    public const string NotRecorder = "undo_not_recorder";

    /// <summary>The undo is for the day of recording (in the jurisdiction's zone); later an official reverses.</summary>
    public const string DayOver = "undo_day_over";

    /// <summary>An undo that does not say why (the resident reads the reason).</summary>
    public const string UndoReasonRequired = "undo_reason_required";

    /// <summary>A resident search without any text.</summary>
    public const string ResidentSearchTextRequired = "resident_search_text_required";

    /// <summary>An event previewed before its resident is chosen.</summary>
    public const string ResidentRequired = "resident_required";

    /// <summary>A tally file without lines.</summary>
    public const string TallyEmpty = "tally_empty";

    /// <summary>A tally with more lines than one tally holds.</summary>
    public const string TallyTooLarge = "tally_too_large";
}
