using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Oversight;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Oversight.GetJurisdictionOversight;

/// <summary>What an overseer may suspend in this jurisdiction: its active rules and its lists, and what is suspended now.</summary>
public sealed record GetJurisdictionOversight(string Language) : IRequest<JurisdictionOversight>;

public sealed record OverseenItem(string Target, string Code, string Title, SuspensionDto? Suspension);

public sealed record JurisdictionOversight(Guid TenantId, string Name, IReadOnlyList<OverseenItem> Items);

public sealed class GetJurisdictionOversightHandler(IAppDbContext db, ITenantContext tenant, ICurrentActor actor)
    : IRequestHandler<GetJurisdictionOversight, JurisdictionOversight>
{
    public async ValueTask<JurisdictionOversight> Handle(GetJurisdictionOversight request, CancellationToken cancellationToken)
    {
        await OversightAccess.EnsureReaderAsync(db, tenant, actor, cancellationToken);
        var id = tenant.TenantId!.Value;
        var name = await db.Tenants.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).FirstAsync(cancellationToken);
        var english = Languages.IsEnglish(request.Language);
        var rules = (await db.Set<RuleVersion>().AsNoTracking().Where(r => r.Status == RuleStatus.Active).ToListAsync(cancellationToken))
            .GroupBy(r => r.Code).Select(g => g.MaxBy(r => r.Version)!).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var lists = await db.Set<CreditList>().AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);
        var suspended = (await db.Set<Suspension>().AsNoTracking().Where(s => s.LiftedAt == null).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Target, s.Code), SuspensionDto.From);
        var items = rules.Select(r => new OverseenItem("rule", r.Code, english ? r.TitleEn : r.TitleZh, suspended.GetValueOrDefault((SuspensionTarget.Rule, r.Code))))
            .Concat(lists.Select(l => new OverseenItem("list", l.Code, l.Name, suspended.GetValueOrDefault((SuspensionTarget.List, l.Code)))))
            .ToList();
        return new JurisdictionOversight(id, name, items);
    }
}
