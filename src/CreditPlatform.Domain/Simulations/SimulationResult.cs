namespace CreditPlatform.Domain.Simulations;

/// <summary>What a drafted change would have done to the replayed period.</summary>
/// <param name="EventsChanged">Events whose points differ under the change.</param>
/// <param name="EventsRefused">Events the changed rule could not score (a quantity it needs is missing, a kind it excludes).</param>
public sealed record SimulationResult(
    int Subjects,
    long Events,
    long EventsChanged,
    long EventsRefused,
    int BandUp,
    int BandDown,
    int ScoreChanged,
    IReadOnlyList<SimulationGroup> BySubjectKind,
    IReadOnlyList<SimulationGroup> ByDepartment,
    IReadOnlyList<HistogramBucket> Histogram);

/// <summary>Subjects of one group, and how many of them change band each way.</summary>
public sealed record SimulationGroup(string Key, int Subjects, int BandUp, int BandDown);

/// <summary>Subjects whose score falls in [From, From + size) before and after the change.</summary>
public sealed record HistogramBucket(int From, int Before, int After);
