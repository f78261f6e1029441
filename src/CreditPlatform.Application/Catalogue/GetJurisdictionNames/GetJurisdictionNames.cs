using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Catalogue.GetJurisdictionNames;

/// <summary>
/// Every jurisdiction's slug and its two names, closed ones too (what they published stays readable), so public pages
/// name an authority in the reader's language rather than by its slug or a fixed two-language label.
/// </summary>
public sealed record GetJurisdictionNames : IQuery<IReadOnlyDictionary<string, JurisdictionName>>;

public sealed record JurisdictionName(string Slug, string NameZh, string NameEn)
{
    public string In(bool english) => english ? NameEn : NameZh;
}

public sealed class GetJurisdictionNamesHandler(IAppDbContext db) : IQueryHandler<GetJurisdictionNames, IReadOnlyDictionary<string, JurisdictionName>>
{
    public async ValueTask<IReadOnlyDictionary<string, JurisdictionName>> Handle(GetJurisdictionNames request, CancellationToken cancellationToken)
    {
        var rows = await db.Tenants.AsNoTracking()
            .Select(t => new JurisdictionName(t.Slug, t.NameZh, t.NameEn))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Slug, StringComparer.Ordinal);
    }
}
