using CreditPlatform.Application.Lists.GetListCatalogue;

namespace CreditPlatform.Application.Lists;

/// <summary>One published entry as <c>published_list_entries</c> gives it, with the count of all that match.</summary>
public sealed record PublishedEntryRow(
    Guid Id, string Authority, string AuthorityName, string List, string ListName, string ListKind, string Kind,
    string MaskedIdentifier, string Name, string Reason, string DocumentNumber, DateTimeOffset ListedAt, DateTimeOffset ExpiresAt,
    long Total);

/// <summary>
/// Every authority's lists and published entries, across jurisdictions: read only through the public functions of
/// migration 0003 (<c>list_catalogue</c>, <c>published_list_entries</c>), which show what is published and nothing else.
/// </summary>
public interface IListCatalogue
{
    Task<IReadOnlyList<CatalogueList>> AllAsync(CancellationToken ct);

    /// <summary>Whether any authority publishes a national list with this code.</summary>
    Task<bool> NationalCodeTakenAsync(string code, CancellationToken ct);

    /// <summary>The codes a subscriber of this jurisdiction (null: the platform) may follow: national lists and its own local ones.</summary>
    Task<IReadOnlyList<string>> FollowableCodesAsync(Guid? tenantId, CancellationToken ct);

    /// <summary>A page of entries in force at <paramref name="at"/>, by name and list; every row carries the total.</summary>
    Task<IReadOnlyList<PublishedEntryRow>> SearchPublishedAsync(string? name, string? list, DateTimeOffset at, int offset, int limit, CancellationToken ct);
}
