namespace CreditPlatform.Application.Gathering;

/// <summary>
/// Every code with which a gatherer's undo of their own entry is refused (the problem's <c>code</c>); an entry
/// reversed already answers <see cref="Appeals.AppealErrorCodes.AlreadyCorrected"/> as every correction does. They
/// never change.
/// </summary>
public static class GatheringErrorCodes
{
    /// <summary>Only the person who recorded the entry may undo it, whatever credential either of them used.</summary>
    public const string NotRecorder = "undo_not_recorder";

    /// <summary>The undo is for the day of recording (in the jurisdiction's zone); later an official reverses.</summary>
    public const string DayOver = "undo_day_over";
}
