namespace CreditPlatform.Application.Scoring.Scores;

/// <summary>
/// Recomputes every stored score of the current jurisdiction from its ledger under the current scheme, in the
/// database, in one statement: after a scheme change, or to repair scores, without loading a ledger into memory.
/// </summary>
public interface IScoreRecomputer
{
    /// <returns>How many subjects were scored.</returns>
    Task<int> RecomputeAsync(CancellationToken ct);
}
