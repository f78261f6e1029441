using System.Text.Json.Serialization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Application.Scoring.Scores;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Ledger;

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

public sealed class ReverseEntryValidator : AbstractValidator<ReverseEntry>
{
    public ReverseEntryValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the entry is reversed; the subject will read it.")
            .MaximumLength(LedgerEntry.ReasonMaxLength);
}

public sealed class ReverseEntryHandler(IAppDbContext db, ILedgerWriter writer, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<ReverseEntry, ReversalResult>
{
    public const string NotReversibleCode = "reversal_not_reversible";

    public async Task<ReversalResult> Handle(ReverseEntry request, CancellationToken cancellationToken)
    {
        var original = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EntryId, cancellationToken)
            ?? throw new NotFoundException("This jurisdiction's ledger has no such entry.");
        if (original.IsReversal)
        {
            throw new BusinessRuleException(NotReversibleCode, "A reversal cannot itself be reversed; record a new event instead.");
        }

        var scheme = await db.RequireCurrentSchemeAsync(cancellationToken);
        var ledgers = await writer.LockSubjectsAsync([original.SubjectId], cancellationToken);

        // Checked under the subject's lock, so two officials reversing the same entry at once cannot both succeed.
        if (await db.Set<LedgerEntry>().AnyAsync(e => e.ReversesId == original.Id, cancellationToken))
        {
            throw new ConflictException("This entry has been reversed already.");
        }

        var now = Instants.Stored(clock.GetUtcNow());
        var reversal = original.Reverse(Guid.CreateVersion7(), now, request.Reason!.Trim(), actor.Label, actor.Department);
        var lines = ledgers[original.SubjectId].Where(c => c.EntryId != original.Id).Select(c => c.Line).ToList();
        var score = ScoreProjection.Score(original.TenantId, original.SubjectId, scheme, lines, now);
        await writer.AppendAsync(new LedgerAppend([], [reversal], [score]), cancellationToken);
        return new ReversalResult(reversal.Id, original.Id, reversal.Points, score.Score, score.Band) { SubjectId = original.SubjectId };
    }
}
