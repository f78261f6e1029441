using System.Data.Common;
using System.Text.Json.Serialization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Application.Subjects;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.AddListEntry;

using CreditPlatform.Application.Subjects.EnrolSubject;

/// <summary>List a subject (and, for an organisation, deal with its legal representative as the list says).</summary>
public sealed record AddListEntry(
    string? Identifier,
    string? Kind,
    string? Name,
    string? Reason,
    string? DocumentNumber,
    DateTimeOffset? ListedAt,
    DateTimeOffset? ExpiresAt,
    LegalRepresentativeInput? LegalRepresentative) : ICommand<ListingCreated>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public string ListCode { get; init; } = "";

    /// <summary>The issuer knows the name but has no identifier it can vouch for: hold the entry until an official confirms who it is.</summary>
    public bool PendingIdentification { get; init; }
}

public sealed record ListingCreated(Guid Id, string Status, DateTimeOffset ExpiresAt, IReadOnlyList<LinkedEntryDto> Linked);

public sealed class AddListEntryHandler(IAppDbContext db, ITenantContext tenant, IIdentifierProtector protector, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<AddListEntry, ListingCreated>
{
    /// <summary>Clocks of issuing systems drift; a listing dated a little ahead is still today's.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private const string UniqueViolation = "23505";
    public const string ListSuspended = ListErrorCodes.ListSuspended;

    public async ValueTask<ListingCreated> Handle(AddListEntry request, CancellationToken cancellationToken)
    {
        await global::CreditPlatform.Application.Tenants.Jurisdictions.EnsureOpenAsync(db, tenant.TenantId ?? Guid.Empty, cancellationToken);
        var list = await db.RequireListAsync(request.ListCode, cancellationToken);
        if (await Oversight.Suspensions.InForceAsync(db, Domain.Oversight.SuspensionTarget.List, list.Code, cancellationToken) is not null)
        {
            throw new BusinessRuleException(ListSuspended, $"The list {list.Code} is suspended by a higher authority: it takes no new entries until the suspension is lifted.");
        }

        var now = clock.GetUtcNow();
        var listedAt = request.ListedAt?.ToUniversalTime() ?? now;
        if (listedAt > now + ClockSkew)
        {
            throw RequestValidationException.For("listedAt", ListErrorCodes.ListedInFuture, "A listing can't be dated in the future.");
        }

        var (expiresAt, error) = list.ExpiryFor(listedAt, request.ExpiresAt?.ToUniversalTime());
        if (error is not null)
        {
            throw RequestValidationException.For(
                "expiresAt", request.ExpiresAt?.ToUniversalTime() <= listedAt ? ListErrorCodes.ExpiryNotAfterListing : ListErrorCodes.ExpiryBeyondMaximum, error);
        }

        if (expiresAt <= now)
        {
            throw RequestValidationException.For("expiresAt", ListErrorCodes.ListingExpiredAlready, "This listing would have expired already.");
        }

        var kind = SubjectKinds.Parse(request.Kind)!.Value;
        var pending = IdentityCheck.NeedsConfirmation(request.PendingIdentification, kind, request.Identifier);
        var hash = pending && string.IsNullOrWhiteSpace(request.Identifier)
            ? IdentityCheck.Unmatchable()
            : protector.Hash(Identifier.Normalize(request.Identifier!));
        if (await db.Set<ListEntry>().AnyAsync(
                e => e.ListId == list.Id && e.IdentifierHash == hash && e.LinkedToEntryId == null && e.Status != EntryStatus.Removed,
                cancellationToken))
        {
            throw new ConflictException("This subject is already on this list.");
        }

        var entry = new ListEntry
        {
            TenantId = list.TenantId,
            Id = Guid.CreateVersion7(),
            ListId = list.Id,
            SubjectKind = kind,
            IdentifierHash = hash,
            MaskedIdentifier = string.IsNullOrWhiteSpace(request.Identifier) ? "" : Identifier.Mask(request.Identifier),
            Name = request.Name!.Trim(),
            Reason = request.Reason!.Trim(),
            DocumentNumber = request.DocumentNumber!.Trim(),
            ListedAt = listedAt,
            ExpiresAt = expiresAt!.Value,
            Status = pending ? EntryStatus.PendingIdentification : EntryStatus.Active,
            Measures = list.Measures,
            CreatedAt = now,
            CreatedBy = actor.Label,
        };
        db.Set<ListEntry>().Add(entry);
        List<ListEntry> changed = [entry];

        // A held entry names nobody for sure yet, so neither its representative nor subscribers hear of it until it is confirmed.
        if (!pending && request.LegalRepresentative is { Identifier: { } repIdentifier, Name: { } repName }
            && entry.LinkRepresentative(list, Guid.CreateVersion7(), protector.Hash(Identifier.Normalize(repIdentifier)), Identifier.Mask(repIdentifier), repName.Trim())
                is { } linked)
        {
            db.Set<ListEntry>().Add(linked);
            changed.Add(linked);
        }

        if (!pending)
        {
            await ListChangeOutbox.EnqueueAsync(db, list, tenant.Slug!, ListChangeOutbox.Created, changed, now, cancellationToken);
            foreach (var listed in changed)
            {
                Notices.Queue(db, Notices.ForListing(list, listed, now));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException { SqlState: UniqueViolation })
        {
            throw new ConflictException("This subject is already on this list.");
        }

        return new ListingCreated(entry.Id, ApiNames.Of(entry.Status), entry.ExpiresAt,
            [.. changed.Skip(1).Select(l => new LinkedEntryDto(l.Id, ApiNames.Of(l.LinkRole!.Value)))]);
    }
}
