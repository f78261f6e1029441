namespace CreditPlatform.Domain.Lists;

/// <summary>A black list restricts; a red list rewards.</summary>
public enum ListKind
{
    Black,
    Red,
}

/// <summary>A national list is seen by every checker; a local one only by its own jurisdiction.</summary>
public enum ListScope
{
    Local,
    National,
}

/// <summary>What a listing of an organisation does to its legal representative.</summary>
public enum RepresentativeTreatment
{
    None,

    /// <summary>Some measures apply to the person, who is not listed (the court's 2019 opinion).</summary>
    Restricted,

    /// <summary>The person is listed beside the organisation, so they cannot reoffend under another company.</summary>
    CoListed,
}

public enum EntryStatus
{
    Active,

    /// <summary>Under appeal on a list whose appeals suspend: no measure applies meanwhile.</summary>
    Suspended,
    Removed,

    /// <summary>Submitted by name without an identifier that can be trusted: held, never checked against, until an official confirms who it is.</summary>
    PendingIdentification,
}

public enum RemovalReason
{
    Performed,
    AppealUpheld,
    Repaired,
    Expired,
    Error,
}

/// <summary>Why a legal representative's entry exists: it follows the organisation's entry it points to.</summary>
public enum LinkRole
{
    CoListed,
    Restricted,
}
