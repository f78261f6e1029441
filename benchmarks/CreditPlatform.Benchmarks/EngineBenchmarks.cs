using BenchmarkDotNet.Attributes;
using CreditPlatform.Domain.Scoring;
using CreditPlatform.Domain.Subjects;

/// <summary>
/// The Domain engine on one core: an event scored against a capped rule with a subject history of realistic length
/// (the cap window must be measured over it), and a score projected over a ledger. One operation = one event.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int EventsPerOperation = 1_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly RuleDefinition _capped = new()
    {
        Code = "TRAFFIC_RED_LIGHT",
        Version = 1,
        Category = "traffic",
        SubjectKinds = [SubjectKind.Person],
        Delta = PointsDelta.Fixed(-5),
        Caps = [new Cap(30, MaxPoints: 15)],
        EffectiveFrom = DateTimeOffset.MinValue,
    };

    private readonly RuleDefinition _perUnit = new()
    {
        Code = "LOAN_ARREARS_MONTH",
        Version = 1,
        Category = "finance",
        SubjectKinds = [SubjectKind.Person, SubjectKind.Organization],
        Delta = PointsDelta.PerUnit(-10, 1m, "month"),
        Caps = [new Cap(365, MaxPoints: 60)],
        EffectiveFrom = DateTimeOffset.MinValue,
    };

    private readonly SchemeDefinition _scheme = new()
    {
        Version = 1,
        BaseScore = 1000,
        Floor = 0,
        Bands = [new Band("AAA", 1050), new Band("AA", 1030), new Band("A", 960), new Band("B", 850), new Band("C", 600), new Band("D", null)],
    };

    private PriorEntry[] _history = [];
    private LedgerLine[] _lines = [];

    [Params(0, 10, 100)]
    public int HistoryLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _history = Enumerable.Range(0, HistoryLength).Select(i => new PriorEntry(Now.AddDays(-3 * (HistoryLength - i)), -5)).ToArray();
        _lines = Enumerable.Range(0, HistoryLength)
            .Select(i => new LedgerLine(-5, Now.AddDays(-3 * (HistoryLength - i)), Now.AddDays(700 - (3 * i)), null, null))
            .ToArray();
    }

    [Benchmark(OperationsPerInvoke = EventsPerOperation)]
    public int EvaluateCappedRule()
    {
        var total = 0;
        for (var i = 0; i < EventsPerOperation; i++)
        {
            total += ScoringEngine.Evaluate(_capped, SubjectKind.Person, Now, null, null, _history).Value!.Points;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = EventsPerOperation)]
    public int EvaluatePerUnitRule()
    {
        var total = 0;
        for (var i = 0; i < EventsPerOperation; i++)
        {
            total += ScoringEngine.Evaluate(_perUnit, SubjectKind.Person, Now, 3m, null, _history).Value!.Points;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = EventsPerOperation)]
    public int ComputeScore()
    {
        var total = 0;
        for (var i = 0; i < EventsPerOperation; i++)
        {
            total += ScoreCalculator.Compute(_scheme, _lines, Now).Score;
        }

        return total;
    }
}
