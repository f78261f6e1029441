using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Categories.ListRuleCategories;

/// <summary>The platform's vocabulary of rule categories, scoreable ones first, protected ones last.</summary>
public sealed record ListRuleCategories : IRequest<IReadOnlyList<RuleCategoryDto>>;

/// <param name="Purchasable">Points in it are bought with money or goods; the bought-credit guardrail caps them.</param>
/// <param name="Protected">No scheme may score it.</param>
public sealed record RuleCategoryDto(string Code, string LabelZh, string LabelEn, bool Purchasable, bool Protected)
{
    public static RuleCategoryDto From(RuleCategory c) => new(c.Code, c.LabelZh, c.LabelEn, c.Purchasable, c.Protected);
}

public sealed class ListRuleCategoriesHandler(IAppDbContext db) : IRequestHandler<ListRuleCategories, IReadOnlyList<RuleCategoryDto>>
{
    public async ValueTask<IReadOnlyList<RuleCategoryDto>> Handle(ListRuleCategories request, CancellationToken cancellationToken) =>
        [.. (await db.Set<RuleCategory>().AsNoTracking().OrderBy(c => c.Protected).ThenBy(c => c.Code).ToListAsync(cancellationToken))
            .Select(RuleCategoryDto.From)];
}
