namespace CreditPlatform.Application.Checks;

/// <summary>Every code with which checks and screenings refuse (the problem's <c>code</c>); they never change.</summary>
public static class CheckErrorCodes
{
    public const string ScreeningsInProgress = "screenings_in_progress";
}
