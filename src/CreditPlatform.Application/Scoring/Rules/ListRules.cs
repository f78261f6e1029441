using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Dispatching;
using CreditPlatform.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Rules;

/// <summary>The tenant's rule catalogue: every version, or only those with <see cref="Status"/> ("active", "draft", ...).</summary>
public sealed record ListRules(string? Status, string Language) : IRequest<IReadOnlyList<RuleDto>>;

public sealed class ListRulesHandler(IAppDbContext db) : IRequestHandler<ListRules, IReadOnlyList<RuleDto>>
{
    public async Task<IReadOnlyList<RuleDto>> Handle(ListRules request, CancellationToken cancellationToken)
    {
        var rules = await db.Set<RuleVersion>().AsNoTracking().OrderBy(r => r.Code).ThenBy(r => r.Version).ToListAsync(cancellationToken);
        return [.. rules
            .Where(r => request.Status is null || string.Equals(RuleDto.StatusName(r.Status), request.Status, StringComparison.OrdinalIgnoreCase))
            .Select(r => RuleDto.From(r, request.Language))];
    }
}
