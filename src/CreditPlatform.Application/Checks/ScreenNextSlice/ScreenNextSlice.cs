using Mediator;

namespace CreditPlatform.Application.Checks.ScreenNextSlice;

using CreditPlatform.Application.Checks.CheckIdentifiers;

/// <summary>
/// The screening worker's step: answer the next <see cref="Size"/> identifiers of the oldest screening in progress,
/// as a check of its owner would (same lists, same measure, same check log, one decision id per slice). False when no
/// screening is waiting. While the check index may not answer, nothing moves (503 from the answerer) and the rows wait.
/// </summary>
public sealed record ScreenNextSlice(int Size = ScreenNextSlice.DefaultSize) : IRequest<bool>
{
    /// <summary>As many as one check takes.</summary>
    public const int DefaultSize = CheckIdentifiers.MaxIdentifiers;
}

public sealed class ScreenNextSliceHandler(IScreeningStore store, CheckAnswerer answerer, TimeProvider clock) : IRequestHandler<ScreenNextSlice, bool>
{
    public async ValueTask<bool> Handle(ScreenNextSlice request, CancellationToken cancellationToken)
    {
        answerer.EnsureServing();
        return await store.ScreenNextSliceAsync(request.Size, async (slice, ct) =>
        {
            var hashes = slice.Rows.Select(r => r.Hash).ToArray();
            var masked = slice.Rows.Select(r => r.Masked).ToArray();
            var answer = await answerer.AnswerAsync(
                new CheckCaller(slice.Owner, slice.OwnerTenantId, "screening:" + slice.ScreeningId), hashes, masked, slice.LocalTenantId, slice.Measure, null, ct);
            var rows = new ScreenedRow[slice.Rows.Count];
            for (var i = 0; i < rows.Length; i++)
            {
                var r = answer.Results[i];
                rows[i] = new ScreenedRow(
                    slice.Rows[i].Row, r.MaskedIdentifier,
                    r.Error ?? (r.Restricted ? "restricted" : "clear"),
                    r.Disputed, [.. r.Measures], [.. r.Rewards], [.. r.Entries.Select(e => e.Authority + "/" + e.List).Distinct()],
                    r.Band?.Band, answer.DecisionId);
            }

            return rows;
        }, clock.GetUtcNow(), cancellationToken);
    }
}
