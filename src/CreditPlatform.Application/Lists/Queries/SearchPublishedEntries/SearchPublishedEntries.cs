using CreditPlatform.Application.Common.Abstractions;
using Mediator;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.Queries.SearchPublishedEntries;

/// <summary>
/// The public's search over entries in force on every authority's lists. Removed and expired entries
/// are not shown, nor restricted legal representatives (they are not listed); identifiers only masked.
/// </summary>
public sealed record SearchPublishedEntries(string? Name, string? List, int? Page) : IRequest<PublishedEntryPage>
{
    public const int PageSize = 20;
    public const int NameMaxLength = 100;
}

public sealed record PublishedEntry(
    Guid Id,
    string Authority,
    string AuthorityName,
    string List,
    string ListName,
    string ListKind,
    string Kind,
    string MaskedIdentifier,
    string Name,
    string Reason,
    string DocumentNumber,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt);

public sealed record PublishedEntryPage(IReadOnlyList<PublishedEntry> Items, int Page, int PageSize, long Total);

public sealed class SearchPublishedEntriesValidator : AbstractValidator<SearchPublishedEntries>
{
    public SearchPublishedEntriesValidator()
    {
        RuleFor(x => x.Name).MaximumLength(SearchPublishedEntries.NameMaxLength);
        RuleFor(x => x.List).MaximumLength(Domain.Lists.CreditList.CodeMaxLength);
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000).When(x => x.Page is not null);
    }
}

public sealed class SearchPublishedEntriesHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<SearchPublishedEntries, PublishedEntryPage>
{
    public async ValueTask<PublishedEntryPage> Handle(SearchPublishedEntries request, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim();
        var list = string.IsNullOrWhiteSpace(request.List) ? null : request.List.Trim();
        var offset = (page - 1) * SearchPublishedEntries.PageSize;

        // Every authority's entries: read through the published_list_entries function (see migration 0003).
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT id AS "Id", authority AS "Authority", authority_name AS "AuthorityName", list_code AS "List",
                   list_name AS "ListName", list_kind AS "ListKind", subject_kind AS "Kind", masked_identifier AS "MaskedIdentifier",
                   name AS "Name", reason AS "Reason", document_number AS "DocumentNumber", listed_at AS "ListedAt",
                   expires_at AS "ExpiresAt", total AS "Total"
            FROM published_list_entries({name}, {list}, {clock.GetUtcNow()}, {offset}, {SearchPublishedEntries.PageSize})
            """).ToListAsync(cancellationToken);

        var items = rows.Select(r => new PublishedEntry(
            r.Id, r.Authority, r.AuthorityName, r.List, r.ListName, r.ListKind.ToLowerInvariant(),
            r.Kind == nameof(Domain.Subjects.SubjectKind.Person) ? "person" : "organization",
            r.MaskedIdentifier, r.Name, r.Reason, r.DocumentNumber, r.ListedAt, r.ExpiresAt)).ToList();
        var total = rows.Count > 0 ? rows[0].Total : 0;
        if (rows.Count == 0 && offset > 0)
        {
            // Past the last page the window count is gone; ask for the first row to learn the total.
            total = (await db.Database.SqlQuery<long>(
                    $"SELECT total AS \"Value\" FROM published_list_entries({name}, {list}, {clock.GetUtcNow()}, 0, 1)")
                .ToListAsync(cancellationToken)).FirstOrDefault();
        }

        return new PublishedEntryPage(items, page, SearchPublishedEntries.PageSize, total);
    }

    private sealed record Row(
        Guid Id,
        string Authority,
        string AuthorityName,
        string List,
        string ListName,
        string ListKind,
        string Kind,
        string MaskedIdentifier,
        string Name,
        string Reason,
        string DocumentNumber,
        DateTimeOffset ListedAt,
        DateTimeOffset ExpiresAt,
        long Total);
}
