namespace CreditPlatform.Domain.Scoring;

/// <summary>Verifies a stored hash chain.</summary>
public static class LedgerChain
{
    /// <param name="links">Entries in sequence order. The first entry's PreviousHash is taken as given,
    /// so a chain can be verified from any point (from <see cref="LedgerHash.Genesis"/> for a full check).</param>
    /// <returns>The sequence of the first entry whose hash does not match its content or whose PreviousHash
    /// is not the hash before it; null when the chain is intact.</returns>
    public static long? FindFirstBreak(IEnumerable<(long Sequence, string Content, string PreviousHash, string Hash)> links)
    {
        string? expectedPrevious = null;
        foreach (var (sequence, content, previousHash, hash) in links)
        {
            var linked = expectedPrevious is null
                || string.Equals(previousHash, expectedPrevious, StringComparison.Ordinal);
            if (!linked || !string.Equals(hash, LedgerHash.Compute(previousHash, content), StringComparison.Ordinal))
            {
                return sequence;
            }

            expectedPrevious = hash;
        }

        return null;
    }
}
