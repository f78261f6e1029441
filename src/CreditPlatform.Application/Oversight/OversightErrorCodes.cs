namespace CreditPlatform.Application.Oversight;

/// <summary>Every code with which suspension from above refuses (the problem's <c>code</c>); they never change.</summary>
public static class OversightErrorCodes
{
    /// <summary>A jurisdiction's own officials retire their rules; suspending is for the levels above.</summary>
    public const string OwnJurisdiction = "own_jurisdiction";
    public const string AlreadySuspended = "already_suspended";
    public const string NotSuspended = "not_suspended";
    public const string LiftNotProposed = "lift_not_proposed";

    /// <summary>A suspension without its reason.</summary>
    public const string SuspensionReasonRequired = "suspension_reason_required";
}
