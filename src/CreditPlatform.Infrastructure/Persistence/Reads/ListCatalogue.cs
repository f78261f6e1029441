using CreditPlatform.Application.Lists;
using CreditPlatform.Application.Lists.GetListCatalogue;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Persistence.Reads;

/// <summary>The public catalogue and published entries, through the functions of migration 0003.</summary>
public sealed class ListCatalogue(AppDbContext db) : IListCatalogue
{
    public async Task<IReadOnlyList<CatalogueList>> AllAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<CatalogueList>($"""
            SELECT code AS "Code", name AS "Name", authority AS "Authority", lower(kind) AS "Kind", lower(scope) AS "Scope", sector AS "Sector"
            FROM list_catalogue()
            """).ToListAsync(ct);

    public Task<bool> NationalCodeTakenAsync(string code, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM list_catalogue() WHERE code = {code} AND scope = 'National'").AnyAsync(ct);

    public async Task<IReadOnlyList<string>> FollowableCodesAsync(Guid? tenantId, CancellationToken ct) =>
        await db.Database.SqlQuery<string>($"SELECT code AS \"Value\" FROM list_catalogue() WHERE scope = 'National' OR tenant_id = {tenantId}")
            .ToListAsync(ct);

    public async Task<IReadOnlyList<PublishedEntryRow>> SearchPublishedAsync(
        string? name, string? list, DateTimeOffset at, int offset, int limit, CancellationToken ct) =>
        await db.Database.SqlQuery<PublishedEntryRow>($"""
            SELECT id AS "Id", authority AS "Authority", authority_name AS "AuthorityName", list_code AS "List",
                   list_name AS "ListName", list_kind AS "ListKind", subject_kind AS "Kind", masked_identifier AS "MaskedIdentifier",
                   name AS "Name", reason AS "Reason", document_number AS "DocumentNumber", listed_at AS "ListedAt",
                   expires_at AS "ExpiresAt", total AS "Total"
            FROM published_list_entries({name}, {list}, {at}, {offset}, {limit})
            """).ToListAsync(ct);
}
