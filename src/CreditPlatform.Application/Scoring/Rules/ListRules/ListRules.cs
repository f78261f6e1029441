using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Guardrails;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules.ListRules;

/// <summary>
/// The tenant's rule catalogue: every version, or only those with <see cref="Status"/> ("active", "draft", ...).
/// Active versions and drafts carry the guardrails they break today, so a tightened limit shows on the rules it catches.
/// </summary>
public sealed record ListRules(string? Status, string Language) : IRequest<IReadOnlyList<RuleDto>>;

public sealed class ListRulesHandler(IAppDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<ListRules, IReadOnlyList<RuleDto>>
{
    public async ValueTask<IReadOnlyList<RuleDto>> Handle(ListRules request, CancellationToken cancellationToken)
    {
        var rules = await db.Set<RuleVersion>().AsNoTracking().OrderBy(r => r.Code).ThenBy(r => r.Version).ToListAsync(cancellationToken);
        var chain = await GuardrailChain.LoadAsync(db, tenant.TenantId!.Value, cancellationToken);
        var vocabulary = await GuardrailChain.LoadVocabularyAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rules
            .Where(r => request.Status is null || string.Equals(RuleDto.StatusName(r.Status), request.Status, StringComparison.OrdinalIgnoreCase))
            .Select(r => RuleDto.From(r, request.Language,
                r.Status is RuleStatus.Active or RuleStatus.Draft ? GuardrailChecker.Check(r.ToDefinition(now), chain, vocabulary) : null))];
    }
}
