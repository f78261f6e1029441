using System.Text.Json.Serialization;
using CreditPlatform.Application.Appeals;
using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Application.Common.Behaviours;
using CreditPlatform.Application.Common.Errors;
using CreditPlatform.Domain.Lists;
using CreditPlatform.Domain.Subjects;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Lists.Identification.ConfirmIdentification;

/// <summary>An official confirms which enrolled subject a held entry names; from then on its measures apply to them.</summary>
public sealed record ConfirmIdentification(Guid? SubjectId) : ICommand<ListEntryDto>, ISubjectCommand
{
    [JsonIgnore]
    public string ListCode { get; init; } = "";

    [JsonIgnore]
    public Guid EntryId { get; init; }

    public Guid? AuditSubjectId => SubjectId;
}

public sealed class ConfirmIdentificationHandler(IAppDbContext db, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ConfirmIdentification, ListEntryDto>
{
    public async ValueTask<ListEntryDto> Handle(ConfirmIdentification request, CancellationToken cancellationToken)
    {
        var list = await db.RequireListAsync(request.ListCode, cancellationToken);
        var entry = await db.RequireEntryAsync(list, request.EntryId, cancellationToken);
        if (entry.Status != EntryStatus.PendingIdentification)
        {
            throw new ConflictException("This entry is not waiting for identification.");
        }

        var subject = await db.Set<Subject>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SubjectId, cancellationToken)
            ?? throw new NotFoundException("No such subject in this jurisdiction.");
        if (subject.Kind != entry.SubjectKind)
        {
            throw new BusinessRuleException(ListErrorCodes.KindMismatch, "The entry and the subject are not of the same kind (person or organization).");
        }

        var hash = subject.IdentifierHash;
        if (await db.Set<ListEntry>().AnyAsync(
                e => e.ListId == list.Id && e.Id != entry.Id && e.IdentifierHash == hash && e.LinkedToEntryId == null && e.Status != EntryStatus.Removed,
                cancellationToken))
        {
            throw new ConflictException("This subject is already on this list.");
        }

        entry.Identify(subject.IdentifierHash, subject.MaskedIdentifier);
        var now = clock.GetUtcNow();
        List<ListEntry> changed = [entry];
        Notices.Queue(db, Notices.ForIdentificationConfirmed(list, entry, now));

        // The representative was held back with the entry (nobody was sure whose it was); now they follow it, and are told.
        if (subject.LegalRepresentativeId is { } repId
            && await db.Set<Subject>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == repId, cancellationToken) is { } rep
            && entry.LinkRepresentative(list, Guid.CreateVersion7(), rep.IdentifierHash, rep.MaskedIdentifier, rep.Name) is { } linked)
        {
            db.Set<ListEntry>().Add(linked);
            changed.Add(linked);
            Notices.Queue(db, Notices.ForListing(list, linked, now));
        }

        await ListChangeOutbox.EnqueueAsync(db, list, tenant.Slug!, ListChangeOutbox.Created, changed, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ListEntryDto.From(entry, list.Code, changed.Skip(1));
    }
}
