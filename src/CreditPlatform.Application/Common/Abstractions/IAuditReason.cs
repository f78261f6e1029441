namespace CreditPlatform.Application.Common.Abstractions;

/// <summary>Why the actor does what they do, as they stated it (e.g. a case number); kept with the audit row.</summary>
public interface IAuditReason
{
    string? Reason { get; }
}
