using CreditPlatform.Domain.Common;

namespace CreditPlatform.Domain.Scoring;

/// <summary>
/// A subject's score as last computed, written in the same transaction as the entries that changed it.
/// It goes stale by itself when points lapse or a band override ends (<see cref="NextChangeAt"/>) or the scheme
/// changes (<see cref="SchemeVersion"/>); readers then compute from the ledger instead.
/// </summary>
public sealed class SubjectScore : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid SubjectId { get; set; }
    public int Score { get; set; }
    public string? Band { get; set; }

    /// <summary>The scheme version the band was read with; 0 until first computed.</summary>
    public int SchemeVersion { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>The next moment the score changes with no new entry; null when nothing is pending.</summary>
    public DateTimeOffset? NextChangeAt { get; set; }

    /// <summary>Points in force when computed, before the scheme's floor and ceiling: the running state's sum.</summary>
    public long Points { get; set; }

    /// <summary>The worst band override in force when computed, and when it ends.</summary>
    public string? BandOverride { get; set; }

    public DateTimeOffset? BandOverrideUntil { get; set; }

    /// <summary>The running state this row holds; valid while <see cref="IsCurrent"/>.</summary>
    public ScoreState State => new(Points, BandOverride, BandOverrideUntil, NextChangeAt);

    /// <summary>Whether this row still answers "what is the score now".</summary>
    public bool IsCurrent(int currentSchemeVersion, DateTimeOffset now) =>
        SchemeVersion == currentSchemeVersion && (NextChangeAt is not { } next || next > now);
}
