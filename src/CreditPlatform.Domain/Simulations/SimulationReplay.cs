using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Simulations;

/// <summary>
/// Replays a period's events twice per subject, once as the rules stood and once with the drafted change, scoring
/// each event against the replayed history (so caps bind as they would have), and aggregates the difference.
/// Both sides start from the scheme's base and see only the period, so any difference is the change's doing.
/// Feed it one subject at a time, events in time order; it keeps no more than one subject's events in memory.
/// </summary>
public sealed class SimulationReplay
{
    private readonly IReadOnlyDictionary<(string Code, int Version), RuleDefinition> _recorded;
    private readonly RuleDefinition? _changedRule;
    private readonly SchemeDefinition _before;
    private readonly SchemeDefinition _after;
    private readonly DateTimeOffset _asOf;
    private readonly int _bucketSize;
    private readonly Dictionary<SubjectKind, int[]> _byKind = [];
    private readonly Dictionary<string, int[]> _byDepartment = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _histogram = [];
    private readonly HashSet<string> _departmentsOfSubject = new(StringComparer.Ordinal);
    private int _subjects;
    private long _events;
    private long _changed;
    private long _refused;
    private int _up;
    private int _down;
    private int _scoreChanged;

    /// <param name="recorded">Every stored rule version, by code and version, to score events as they were scored.</param>
    /// <param name="changedRule">Replaces every version of its code on the "after" side; null when only bands change.</param>
    /// <param name="asOf">The moment both scores are read at (the end of the period).</param>
    public SimulationReplay(
        IReadOnlyDictionary<(string Code, int Version), RuleDefinition> recorded,
        RuleDefinition? changedRule,
        SchemeDefinition before,
        SchemeDefinition after,
        DateTimeOffset asOf,
        int bucketSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketSize, 1);
        _recorded = recorded;
        _changedRule = changedRule;
        _before = before;
        _after = after;
        _asOf = asOf;
        _bucketSize = bucketSize;
    }

    /// <summary>Scores one subject's events, given in time order, under both rule sets.</summary>
    public (ScoreResult Before, ScoreResult After) AddSubject(IReadOnlyList<SimulatedEvent> events)
    {
        if (events.Count == 0)
        {
            throw new ArgumentException("A subject without events has nothing to replay.", nameof(events));
        }

        var beforeHistory = new Dictionary<string, List<PriorEntry>>(StringComparer.Ordinal);
        var afterHistory = new Dictionary<string, List<PriorEntry>>(StringComparer.Ordinal);
        var beforeLines = new List<LedgerLine>(events.Count);
        var afterLines = new List<LedgerLine>(events.Count);
        _departmentsOfSubject.Clear();
        var kind = events[0].Kind;

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            _events++;
            _departmentsOfSubject.Add(e.Department ?? "");
            _recorded.TryGetValue((e.RuleCode, e.RuleVersion), out var original);
            var replaced = _changedRule is not null && string.Equals(_changedRule.Code, e.RuleCode, StringComparison.Ordinal)
                ? _changedRule
                : original;

            var before = Score(original, e, beforeHistory, beforeLines);
            var after = Score(replaced, e, afterHistory, afterLines);
            if (after is null && replaced is not null)
            {
                _refused++;
            }

            if ((before ?? 0) != (after ?? 0))
            {
                _changed++;
            }
        }

        var beforeScore = ScoreCalculator.Compute(_before, beforeLines, _asOf);
        var afterScore = ScoreCalculator.Compute(_after, afterLines, _asOf);
        Aggregate(kind, beforeScore, afterScore);
        return (beforeScore, afterScore);
    }

    public SimulationResult Result() => new(
        _subjects,
        _events,
        _changed,
        _refused,
        _up,
        _down,
        _scoreChanged,
        [.. _byKind.OrderBy(k => k.Key).Select(k => new SimulationGroup(k.Key == SubjectKind.Person ? "person" : "organization", k.Value[0], k.Value[1], k.Value[2]))],
        [.. _byDepartment.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new SimulationGroup(d.Key, d.Value[0], d.Value[1], d.Value[2]))],
        [.. _histogram.OrderBy(h => h.Key).Select(h => new HistogramBucket(h.Key, h.Value[0], h.Value[1]))]);

    /// <returns>The points that count, or null when the rule is unknown or refuses the event (it then adds nothing).</returns>
    private static int? Score(RuleDefinition? rule, SimulatedEvent e, Dictionary<string, List<PriorEntry>> histories, List<LedgerLine> lines)
    {
        if (rule is null)
        {
            return null;
        }

        if (!histories.TryGetValue(e.RuleCode, out var history))
        {
            history = [];
            histories[e.RuleCode] = history;
        }

        var evaluated = ScoringEngine.Evaluate(rule, e.Kind, e.OccurredAt, e.Quantity, e.DocumentNumber, history);
        if (!evaluated.IsSuccess)
        {
            return null;
        }

        var v = evaluated.Value;
        history.Add(new PriorEntry(v.OccurredAt, v.Points));
        lines.Add(new LedgerLine(v.Points, v.OccurredAt, v.ExpiresAt, v.BandOverride, v.BandOverrideUntil));
        return v.Points;
    }

    private void Aggregate(SubjectKind kind, ScoreResult before, ScoreResult after)
    {
        _subjects++;
        var direction = Direction(before.Band, after.Band);
        if (before.Score != after.Score)
        {
            _scoreChanged++;
        }

        if (direction > 0)
        {
            _up++;
        }
        else if (direction < 0)
        {
            _down++;
        }

        Count(_byKind, kind, direction);
        foreach (var department in _departmentsOfSubject)
        {
            Count(_byDepartment, department, direction);
        }

        Bucket(before.Score)[0]++;
        Bucket(after.Score)[1]++;
    }

    private int[] Bucket(int score)
    {
        var from = (int)(Math.Floor(score / (double)_bucketSize) * _bucketSize);
        if (!_histogram.TryGetValue(from, out var counts))
        {
            counts = new int[2];
            _histogram[from] = counts;
        }

        return counts;
    }

    /// <returns>1 when the band improves, −1 when it worsens, 0 otherwise; bands compare by their place in each scheme.</returns>
    private int Direction(string? before, string? after)
    {
        if (before is null || after is null || string.Equals(before, after, StringComparison.Ordinal))
        {
            return 0;
        }

        var from = TierMapper.RankOf(_before, before);
        var to = TierMapper.RankOf(_after, after);
        return to < from ? 1 : to > from ? -1 : 0;
    }

    private static void Count<TKey>(Dictionary<TKey, int[]> groups, TKey key, int direction)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var counts))
        {
            counts = new int[3];
            groups[key] = counts;
        }

        counts[0]++;
        if (direction > 0)
        {
            counts[1]++;
        }
        else if (direction < 0)
        {
            counts[2]++;
        }
    }
}
