namespace CreditPlatform.Domain.Scoring;

/// <summary>Projects a subject's ledger onto a score and band at any moment, so "score as of a date" needs no snapshot.</summary>
public static class ScoreCalculator
{
    public static ScoreResult Compute(SchemeDefinition scheme, IEnumerable<LedgerLine> lines, DateTimeOffset asOf) =>
        ScoreState.Of(scheme, lines, asOf).Result(scheme);
}
