using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Scoring.Events;
using CreditPlatform.Application.Scoring.Ledger;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Scoring.Schemes;
using CreditPlatform.Domain.Scoring;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Gathering.PreviewEvent;

/// <summary>
/// What recording an event would do, scored by the same pure engine against the subject's counted history, without
/// writing anything: the gatherer's confirm step. Recording may still differ if another event lands in between.
/// </summary>
public sealed record PreviewEvent(EventInput Input, string Language) : IRequest<EventPreview>, IPersonalDataRead
{
    public Guid? AuditSubjectId => Input.SubjectId;
}

public sealed record EventPreview(
    Guid SubjectId, string SubjectName, string RuleCode, string RuleTitle, string LegalBasis,
    int Points, int RawPoints, bool Capped, int ScoreBefore, string? BandBefore, int ScoreAfter, string? BandAfter);

public sealed class PreviewEventHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<PreviewEvent, EventPreview>
{
    public async ValueTask<EventPreview> Handle(PreviewEvent request, CancellationToken cancellationToken)
    {
        var input = request.Input;
        var subject = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.SubjectId, cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");
        var now = Instants.Stored(clock.GetUtcNow());
        var scheme = await db.RequireCurrentSchemeAsync(cancellationToken);
        var rules = await RuleCatalogue.LoadAsync(db, cancellationToken);
        var code = input.RuleCode!.Trim().ToUpperInvariant();
        var occurredAt = Instants.Stored(input.OccurredAt!.Value);
        if (rules.IsSuspended(code))
        {
            var refusal = EventRecorder.RuleSuspended(code);
            throw new BusinessRuleException(refusal.Code, refusal.Message);
        }

        var rule = rules.Resolve(code, occurredAt)
            ?? throw new BusinessRuleException(EventErrorCodes.UnknownRule, $"No rule {code} is in force on that date.");

        var history = await db.Counted()
            .Where(e => e.SubjectId == subject.Id && e.RuleCode == code)
            .OrderBy(e => e.OccurredAt)
            .Select(e => new PriorEntry(e.OccurredAt, e.Points))
            .ToListAsync(cancellationToken);
        var documentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim();
        var result = ScoringEngine.Evaluate(rule, subject.Kind, occurredAt, input.Quantity, documentNumber, history);
        if (!result.IsSuccess)
        {
            throw new BusinessRuleException(result.Error.Code, result.Error.Message);
        }

        var evaluation = result.Value;
        var lines = await db.CountedLinesAsync(subject.Id, cancellationToken);
        var before = ScoreCalculator.Compute(scheme.Definition, lines, now);
        lines.Add(new LedgerLine(evaluation.Points, evaluation.OccurredAt, evaluation.ExpiresAt, evaluation.BandOverride, evaluation.BandOverrideUntil));
        var after = ScoreCalculator.Compute(scheme.Definition, lines, now);

        var version = await db.Set<RuleVersion>().AsNoTracking()
            .FirstAsync(r => r.Code == code && r.Version == evaluation.RuleVersion, cancellationToken);
        var title = Languages.IsEnglish(request.Language) ? version.TitleEn : version.TitleZh;
        return new EventPreview(subject.Id, subject.Name, code, title, version.LegalBasis,
            evaluation.Points, evaluation.RawPoints, evaluation.Capped, before.Score, before.Band, after.Score, after.Band);
    }
}
