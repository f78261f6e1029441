using CreditPlatform.Application.Appeals;

namespace CreditPlatform.Application.Lists;

/// <summary>Every code with which the lists refuse (the problem's <c>code</c>); they never change.</summary>
public static class ListErrorCodes
{
    /// <summary>An entry and the subject it is confirmed as are not of the same kind (person or organisation).</summary>
    public const string KindMismatch = "kind_mismatch";

    /// <summary>A higher authority suspended the list: it takes no new entries until the suspension is lifted.</summary>
    public const string ListSuspended = "list_suspended";

    /// <summary>Removal for credit repair before the list's minimum time: the same refusal as a repair asked too early.</summary>
    public const string RepairTooEarly = AppealErrorCodes.RepairTooEarly;

    /// <summary>A list is never created in one step: it is drafted and approved by another person (four eyes).</summary>
    public const string NeedsReview = "list_needs_review";
}
