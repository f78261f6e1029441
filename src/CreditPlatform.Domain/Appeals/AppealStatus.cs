namespace CreditPlatform.Domain.Appeals;

public enum AppealStatus
{
    /// <summary>Filed and waiting for a reviewer in the jurisdiction that recorded the entry.</summary>
    Pending,

    /// <summary>The decision deadline passed: the parent jurisdiction's officials now decide.</summary>
    Escalated,
    Upheld,
    PartiallyUpheld,
    Rejected,
}

public enum AppealTarget
{
    LedgerEntry,
    ListEntry,
}

public static class AppealStatusExtensions
{
    public static bool IsOpen(this AppealStatus status) => status is AppealStatus.Pending or AppealStatus.Escalated;
}
