using FluentValidation;
using Mediator;

namespace CreditPlatform.Application.Lists.SearchPublishedEntries;

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

public sealed class SearchPublishedEntriesHandler(IListCatalogue catalogue, TimeProvider clock) : IRequestHandler<SearchPublishedEntries, PublishedEntryPage>
{
    public async ValueTask<PublishedEntryPage> Handle(SearchPublishedEntries request, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim();
        var list = string.IsNullOrWhiteSpace(request.List) ? null : request.List.Trim();
        var offset = (page - 1) * SearchPublishedEntries.PageSize;

        var now = clock.GetUtcNow();
        var rows = await catalogue.SearchPublishedAsync(name, list, now, offset, SearchPublishedEntries.PageSize, cancellationToken);

        var items = rows.Select(r => new PublishedEntry(
            r.Id, r.Authority, r.AuthorityName, r.List, r.ListName, r.ListKind.ToLowerInvariant(),
            r.Kind == nameof(Domain.Subjects.SubjectKind.Person) ? "person" : "organization",
            r.MaskedIdentifier, r.Name, r.Reason, r.DocumentNumber, r.ListedAt, r.ExpiresAt)).ToList();
        var total = rows.Count > 0 ? rows[0].Total : 0;
        if (rows.Count == 0 && offset > 0)
        {
            // Past the last page the window count is gone; ask for the first row to learn the total.
            total = await catalogue.SearchPublishedAsync(name, list, now, 0, 1, cancellationToken) is [var first, ..] ? first.Total : 0;
        }

        return new PublishedEntryPage(items, page, SearchPublishedEntries.PageSize, total);
    }
}
