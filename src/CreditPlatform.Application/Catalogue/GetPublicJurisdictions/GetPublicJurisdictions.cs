using System.Globalization;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Scoring.Rules;
using CreditPlatform.Application.Tenants;
using CreditPlatform.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Catalogue.GetPublicJurisdictions;

/// <summary>
/// The public front door: every open jurisdiction in its hierarchy (a city, its villages beneath it), sorted by name in
/// <paramref name="Language"/>. With <paramref name="Search"/>, only those whose name or slug contains it, each under
/// the open jurisdictions above it (shown for orientation, <see cref="PublicJurisdiction.Matches"/> false).
/// Jurisdictions are a platform-level table, so anyone may read them; only public columns leave this handler.
/// </summary>
public sealed record GetPublicJurisdictions(string? Search = null, string? Language = null) : IQuery<PublicJurisdictions>;

public sealed record PublicJurisdictions(IReadOnlyList<PublicJurisdiction> Roots, int Matches);

/// <param name="Kind">API name of the kind ("city", "village", …).</param>
public sealed record PublicJurisdiction(string Slug, string NameZh, string NameEn, string Kind, bool Matches, IReadOnlyList<PublicJurisdiction> Children)
{
    public string NameIn(bool english) => english ? NameEn : NameZh;
}

public sealed class GetPublicJurisdictionsHandler(IAppDbContext db) : IQueryHandler<GetPublicJurisdictions, PublicJurisdictions>
{
    public const int SearchMaxLength = 100;

    public async ValueTask<PublicJurisdictions> Handle(GetPublicJurisdictions request, CancellationToken cancellationToken)
    {
        var open = await db.Tenants.AsNoTracking()
            .Where(t => t.ClosedAt == null)
            .Select(t => new Row(t.Id, t.ParentId, t.Slug, t.NameZh, t.NameEn, t.Kind))
            .ToListAsync(cancellationToken);

        var english = Languages.IsEnglish(request.Language);
        var term = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        var byId = open.ToDictionary(r => r.Id);

        // A jurisdiction under a closed one stands on its own: the closed one is not shown.
        Guid? ParentOf(Row row) => row.ParentId is { } p && byId.ContainsKey(p) ? p : null;

        var matching = open.Where(r => term is null
                || r.Slug.Contains(term, StringComparison.OrdinalIgnoreCase)
                || r.NameZh.Contains(term, StringComparison.OrdinalIgnoreCase)
                || r.NameEn.Contains(term, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Id)
            .ToHashSet();

        var shown = new HashSet<Guid>();
        foreach (var id in matching)
        {
            for (Guid? at = id; at is { } current && shown.Add(current); at = ParentOf(byId[current]))
            {
            }
        }

        var order = StringComparer.Create(CultureInfo.GetCultureInfo(english ? Languages.English : Languages.Chinese), ignoreCase: true);
        var children = open.Where(r => shown.Contains(r.Id)).ToLookup(ParentOf);

        IReadOnlyList<PublicJurisdiction> Level(Guid? parent, int depth) =>
            depth > 32
                ? []
                : children[parent]
                    .OrderBy(r => english ? r.NameEn : r.NameZh, order)
                    .ThenBy(r => r.Slug, StringComparer.Ordinal)
                    .Select(r => new PublicJurisdiction(r.Slug, r.NameZh, r.NameEn, Jurisdictions.KindName(r.Kind), matching.Contains(r.Id), Level(r.Id, depth + 1)))
                    .ToList();

        return new PublicJurisdictions(Level(null, 0), matching.Count);
    }

    private sealed record Row(Guid Id, Guid? ParentId, string Slug, string NameZh, string NameEn, JurisdictionKind Kind);
}
