using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Ledger.ReverseEntry;

/// <summary>
/// Correct an entry the only way an append-only ledger allows: a new entry with the negated points that names it.
/// Both then drop out of the subject's score and cap history, as if the original had never counted.
/// </summary>
public sealed record ReverseEntry(string? Reason) : ICommand<ReversalResult>
{
    [JsonIgnore]
    public Guid EntryId { get; init; }
}

public sealed record ReversalResult(Guid Id, Guid Reverses, int Points, int Score, string? Band) : ISubjectResult
{
    [JsonIgnore]
    public Guid SubjectId { get; init; }
}

public sealed class ReverseEntryHandler(IAppDbContext db, ILedgerWriter writer, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReverseEntry, ReversalResult>
{
    public const string NotReversibleCode = SchemeErrorCodes.NotReversible;

    public async ValueTask<ReversalResult> Handle(ReverseEntry request, CancellationToken cancellationToken)
    {
        var original = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EntryId, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction's ledger has no such entry.");
        if (original.IsReversal)
        {
            throw new BusinessRuleException(NotReversibleCode, "A reversal cannot itself be reversed; record a new event instead.");
        }

        var now = Instants.Stored(clock.GetUtcNow());
        var (reversal, score) = await Appeals.LedgerCorrections.ReverseAsync(
            db, writer, original, request.Reason!.Trim(), actor.Label, actor.Department, now, cancellationToken);
        return new ReversalResult(reversal.Id, original.Id, reversal.Points, score.Score, score.Band) { SubjectId = original.SubjectId };
    }
}
