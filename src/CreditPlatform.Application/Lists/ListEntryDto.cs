using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Lists;

namespace CreditPlatform.Application.Lists;

public sealed record LinkedEntryDto(Guid Id, string Role);

/// <summary>An entry as its issuer sees it. The identifier is only ever shown masked.</summary>
public sealed record ListEntryDto(
    Guid Id,
    string List,
    string Kind,
    string MaskedIdentifier,
    string Name,
    string Reason,
    string DocumentNumber,
    DateTimeOffset ListedAt,
    DateTimeOffset ExpiresAt,
    string Status,
    string? RemovalReason,
    string? RemovalNote,
    DateTimeOffset? RemovedAt,
    string? Role,
    Guid? LinkedTo,
    IReadOnlyList<string> Measures,
    IReadOnlyList<LinkedEntryDto> Linked)
{
    public static ListEntryDto From(ListEntry e, string listCode, IEnumerable<ListEntry> linked) => new(
        e.Id, listCode, SubjectDto.KindName(e.SubjectKind), e.MaskedIdentifier, e.Name, e.Reason, e.DocumentNumber,
        e.ListedAt, e.ExpiresAt, ApiNames.Of(e.Status), ApiNames.Of(e.RemovalReason), e.RemovalNote, e.RemovedAt,
        ApiNames.Of(e.LinkRole), e.LinkedToEntryId, e.Measures,
        [.. linked.Select(l => new LinkedEntryDto(l.Id, ApiNames.Of(l.LinkRole!.Value)))]);
}

public sealed record ListEntryPage(IReadOnlyList<ListEntryDto> Items, int Page, int PageSize, int Total);
