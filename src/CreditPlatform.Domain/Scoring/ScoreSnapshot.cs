using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>A subject's score at the end of a month, for boards and trend charts. Written once per month, never changed.</summary>
public sealed class ScoreSnapshot : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid SubjectId { get; set; }

    /// <summary>The first day of the month the snapshot closes.</summary>
    public DateOnly Month { get; set; }

    public int Score { get; set; }
    public string? Band { get; set; }
    public int SchemeVersion { get; set; }
    public DateTimeOffset TakenAt { get; set; }
}
