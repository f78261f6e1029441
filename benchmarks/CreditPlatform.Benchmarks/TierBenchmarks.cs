using BenchmarkDotNet.Attributes;
using CreditPlatform.Domain.Scoring;

/// <summary>Mapping a score onto the bands of a six-band scheme; one operation = one score.</summary>
public class TierBenchmarks
{
    private const int ScoresPerOperation = 1_000;

    private readonly SchemeDefinition _scheme = new()
    {
        Version = 1,
        BaseScore = 1000,
        Bands = [new Band("AAA", 1050), new Band("AA", 1030), new Band("A", 960), new Band("B", 850), new Band("C", 600), new Band("D", null)],
    };

    [Benchmark(OperationsPerInvoke = ScoresPerOperation)]
    public int MapScores()
    {
        var found = 0;
        for (var score = 500; score < 500 + ScoresPerOperation; score++)
        {
            found += TierMapper.Map(_scheme, score)?.Length ?? 0;
        }

        return found;
    }
}
