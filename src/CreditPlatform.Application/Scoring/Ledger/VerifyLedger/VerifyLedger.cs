using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Ledger.VerifyLedger;

/// <summary>Recomputes the tenant's whole hash chain and reports the first entry that no longer matches.</summary>
public sealed record VerifyLedger : IRequest<LedgerVerification>;

/// <param name="FirstBrokenSequence">The first sequence whose content, link or presence fails; null when the chain holds.</param>
public sealed record LedgerVerification(bool Valid, long Entries, long? FirstBrokenSequence);

public sealed class VerifyLedgerHandler(IAppDbContext db) : IRequestHandler<VerifyLedger, LedgerVerification>
{
    private const int ChunkSize = 5_000;

    public async ValueTask<LedgerVerification> Handle(VerifyLedger request, CancellationToken cancellationToken)
    {
        long count = 0;
        long? broken = null;
        LedgerEntry? last = null;
        while (true)
        {
            var after = last?.Sequence ?? 0;
            var chunk = await db.Set<LedgerEntry>().AsNoTracking()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(ChunkSize)
                .ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                break;
            }

            count += chunk.Count;
            broken ??= FirstBreak(last, chunk);
            last = chunk[^1];
        }

        broken ??= await BreakAtHeadAsync(last, cancellationToken);
        return new LedgerVerification(broken is null, count, broken);
    }

    /// <summary>Checks a chunk, linked to the last entry of the chunk before it (or to the genesis for the first one).</summary>
    private static long? FirstBreak(LedgerEntry? previous, List<LedgerEntry> chunk)
    {
        var expected = (previous?.Sequence ?? 0) + 1;
        foreach (var entry in chunk)
        {
            if (entry.Sequence != expected)
            {
                return expected; // a removed entry: its place is the first broken one
            }

            expected++;
        }

        if (previous is null && !string.Equals(chunk[0].PreviousHash, LedgerHash.Genesis, StringComparison.Ordinal))
        {
            return chunk[0].Sequence;
        }

        var links = (previous is null ? chunk : chunk.Prepend(previous))
            .Select(e => (e.Sequence, LedgerCanonicalForm.Of(e), e.PreviousHash, e.Hash));
        return LedgerChain.FindFirstBreak(links);
    }

    /// <summary>The links cannot show entries cut off the end; the chain head, written with every append, can.</summary>
    private async Task<long?> BreakAtHeadAsync(LedgerEntry? last, CancellationToken ct)
    {
        var head = await db.Set<LedgerChainHead>().AsNoTracking().FirstOrDefaultAsync(ct);
        var lastSequence = last?.Sequence ?? 0;
        var lastHash = last?.Hash ?? LedgerHash.Genesis;
        if (head is null)
        {
            return last is null ? null : 1;
        }

        if (head.LastSequence == lastSequence && string.Equals(head.LastHash, lastHash, StringComparison.Ordinal))
        {
            return null;
        }

        // Cut off the end, or appended past the head: the first entry beyond the shorter of the two. Same length: the last was replaced.
        return head.LastSequence != lastSequence ? Math.Min(head.LastSequence, lastSequence) + 1 : lastSequence;
    }
}
