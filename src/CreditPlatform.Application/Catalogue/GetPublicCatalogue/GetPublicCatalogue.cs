using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Lists;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Catalogue.GetPublicCatalogue;

/// <summary>
/// A jurisdiction's published catalogue: every rule and list it keeps, with legal bases, points, caps, durations and
/// appeal windows, and each rule's history of versions. Public, because nothing may be recorded that is not in it.
/// </summary>
public sealed record GetPublicCatalogue : IRequest<PublicCatalogue>;

public sealed record PublicCatalogue(
    string Tenant, int? BaseScore, int AppealWindowDays, IReadOnlyList<CatalogueRule> Rules, IReadOnlyList<CatalogueListEntry> Lists)
{
    /// <summary>The jurisdiction's Chinese name.</summary>
    public string NameZh { get; init; } = "";

    /// <summary>The jurisdiction's English name.</summary>
    public string NameEn { get; init; } = "";

    /// <summary>The scheme's bands, best first, each with the scores it covers.</summary>
    public IReadOnlyList<CatalogueBand> Bands { get; init; } = [];

    /// <summary>True when the scheme shows stars and flags instead of a number and bands.</summary>
    public bool DisplayStars { get; init; }
}

/// <summary>One band of the scheme: scores from <paramref name="MinScore"/> (null: everything below the band above) up to
/// <paramref name="MaxScore"/> (null: no upper bound), and the measures attached to it.</summary>
public sealed record CatalogueBand(string Code, int? MinScore, int? MaxScore, IReadOnlyList<string> Measures);

/// <param name="Versions">Every approved version, newest first, with the dates it was in force.</param>
public sealed record CatalogueRule(string Code, string TitleZh, string TitleEn, string Category, string Status, IReadOnlyList<CatalogueRuleVersion> Versions);

public sealed record CatalogueRuleVersion(
    int Version,
    string LegalBasis,
    string Delta,
    int Points,
    string? QuantityUnit,
    decimal UnitSize,
    IReadOnlyList<Cap> Caps,
    int? ExpiryMonths,
    int? RectificationDays,
    string? BandOverride,
    int? BandOverrideDays,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset? EffectiveTo,
    string Status);

public sealed record CatalogueListEntry(
    string Code, string Name, string Kind, string Scope, string Sector, string LegalBasis, int DefaultDurationDays, int MaximumDurationDays,
    int AppealWindowDays, bool AppealSuspends, int MinimumDaysBeforeRepair, string LegalRepresentative, IReadOnlyList<string> Measures);

public sealed class GetPublicCatalogueHandler(IAppDbContext db, ITenantContext tenant) : IRequestHandler<GetPublicCatalogue, PublicCatalogue>
{
    public async ValueTask<PublicCatalogue> Handle(GetPublicCatalogue request, CancellationToken cancellationToken)
    {
        var scheme = await db.Set<SchemeVersion>().AsNoTracking().OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        var versions = await db.Set<RuleVersion>().AsNoTracking()
            .Where(r => r.Status == RuleStatus.Active || r.Status == RuleStatus.Superseded || r.Status == RuleStatus.Retired)
            .ToListAsync(cancellationToken);
        var lists = await db.Set<CreditList>().AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);

        var rules = versions.GroupBy(v => v.Code)
            .Where(g => g.Any(v => v.Status == RuleStatus.Active))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(v => v.Version)!;
                return new CatalogueRule(latest.Code, latest.TitleZh, latest.TitleEn, latest.Category, ApiNames.Of(latest.Status),
                    [.. g.OrderByDescending(v => v.Version).Select(v => new CatalogueRuleVersion(
                        v.Version, v.LegalBasis, v.Delta.Kind.ToString(), v.Delta.Points,
                        string.IsNullOrEmpty(v.Delta.QuantityUnit) ? null : v.Delta.QuantityUnit, v.Delta.UnitSize, v.Caps,
                        v.ExpiryMonths, v.RectificationDays, v.BandOverride?.Band, v.BandOverride?.DurationDays,
                        v.EffectiveFrom, v.EffectiveTo, ApiNames.Of(v.Status)))]);
            })
            .ToList();

        var names = await db.Tenants.AsNoTracking().Where(t => t.Id == tenant.TenantId)
            .Select(t => new { t.NameZh, t.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var bands = scheme?.Definition.Bands ?? [];
        var measures = scheme?.Definition.BandMeasures ?? new Dictionary<string, IReadOnlyList<string>>();

        return new PublicCatalogue(
            tenant.Slug ?? "",
            scheme?.Definition.BaseScore,
            scheme?.Definition.AppealWindowDays ?? CreditList.DefaultAppealWindowDays,
            rules,
            [.. lists.Select(l => new CatalogueListEntry(
                l.Code, l.Name, ApiNames.Of(l.Kind), ApiNames.Of(l.Scope), l.Sector, l.LegalBasis, l.DefaultDurationDays, l.MaximumDurationDays,
                l.AppealWindowDays, l.AppealSuspends, l.MinimumDaysBeforeRepair, ApiNames.Of(l.RepresentativeTreatment), l.Measures))])
        {
            NameZh = names?.NameZh ?? "",
            NameEn = names?.NameEn ?? "",
            DisplayStars = scheme?.Definition.DisplayStars ?? false,
            Bands = [.. bands.Select((b, i) => new CatalogueBand(
                b.Code,
                b.MinScore,
                i > 0 && bands[i - 1].MinScore is { } above ? above - 1 : null,
                measures.TryGetValue(b.Code, out var attached) ? attached : []))],
        };
    }
}
