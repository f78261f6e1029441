using CreditPlatform.Domain.Common;
using CreditPlatform.Domain.Subjects;

namespace CreditPlatform.Domain.Lists;

/// <summary>
/// One subject on one list. The identifier is kept only as a keyed hash (to match checks) and a
/// masked copy (to show). Every entry expires; removal keeps the row with its reason, never deletes it.
/// </summary>
public sealed class ListEntry : ITenantOwned
{
    public const int ReasonMaxLength = 1000;
    public const int DocumentNumberMaxLength = 100;
    public const int NoteMaxLength = 1000;
    public const int MaskedIdentifierMaxLength = 32;

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid ListId { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public byte[] IdentifierHash { get; set; } = [];
    public string MaskedIdentifier { get; set; } = "";
    public string Name { get; set; } = "";
    public string Reason { get; set; } = "";
    public string DocumentNumber { get; set; } = "";
    public DateTimeOffset ListedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public EntryStatus Status { get; set; }
    public RemovalReason? RemovalReason { get; set; }
    public string? RemovalNote { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovedBy { get; set; }

    /// <summary>For a legal representative's entry: the organisation's entry it follows.</summary>
    public Guid? LinkedToEntryId { get; set; }
    public LinkRole? LinkRole { get; set; }

    /// <summary>The measures in force for this entry, fixed when it was made (the decision named them).</summary>
    public string[] Measures { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Measures apply only while the entry is active and its period has not run out.</summary>
    public bool IsInForce(DateTimeOffset now) => Status == EntryStatus.Active && ExpiresAt > now;

    /// <summary>The legal representative's entry that follows this organisation's entry, or null when the list does nothing to them.</summary>
    public ListEntry? LinkRepresentative(CreditList list, Guid id, byte[] identifierHash, string maskedIdentifier, string name)
    {
        if (SubjectKind != SubjectKind.Organization || list.RepresentativeTreatment == RepresentativeTreatment.None)
        {
            return null;
        }

        var role = list.RepresentativeTreatment == RepresentativeTreatment.Restricted ? Lists.LinkRole.Restricted : Lists.LinkRole.CoListed;
        return new ListEntry
        {
            TenantId = TenantId,
            Id = id,
            ListId = ListId,
            SubjectKind = SubjectKind.Person,
            IdentifierHash = identifierHash,
            MaskedIdentifier = maskedIdentifier,
            Name = name,
            Reason = Reason,
            DocumentNumber = DocumentNumber,
            ListedAt = ListedAt,
            ExpiresAt = ExpiresAt,
            Status = EntryStatus.Active,
            LinkedToEntryId = Id,
            LinkRole = role,
            Measures = [.. list.MeasuresFor(role)],
            CreatedAt = CreatedAt,
            CreatedBy = CreatedBy,
        };
    }

    /// <summary>Binds a held entry to the enrolled subject an official confirmed, after which its measures apply.</summary>
    public void Identify(byte[] identifierHash, string maskedIdentifier)
    {
        if (Status != EntryStatus.PendingIdentification)
        {
            throw new InvalidOperationException("Only an entry pending identification can be identified.");
        }

        IdentifierHash = identifierHash;
        MaskedIdentifier = maskedIdentifier;
        Status = EntryStatus.Active;
    }

    public void Remove(RemovalReason reason, string? note, DateTimeOffset at, string by)
    {
        if (Status == EntryStatus.Removed)
        {
            throw new InvalidOperationException("The entry has been removed already.");
        }

        Status = EntryStatus.Removed;
        RemovalReason = reason;
        RemovalNote = note;
        RemovedAt = at;
        RemovedBy = by;
    }

    /// <summary>
    /// Removes this entry and the entries that follow it (a legal representative's, linked to this one): every one
    /// takes the reason; the followers say they went with the organisation's entry. Returns all removed, this first.
    /// </summary>
    public IReadOnlyList<ListEntry> RemoveWithLinked(IEnumerable<ListEntry> followers, RemovalReason reason, string? note, DateTimeOffset at, string by)
    {
        var linked = followers.Where(f => f.Status != EntryStatus.Removed).ToList();
        if (linked.Any(f => f.LinkedToEntryId != Id))
        {
            throw new InvalidOperationException("Only entries linked to this one are removed with it.");
        }

        Remove(reason, note is { Length: > NoteMaxLength } ? note[..NoteMaxLength] : note, at, by);
        foreach (var follower in linked)
        {
            follower.Remove(reason, "Removed with the organisation's entry.", at, by);
        }

        return [this, .. linked];
    }

    /// <summary>Ends the entry because its period ran out; expiry is computed from dates, nobody needs to act.</summary>
    public void Expire(DateTimeOffset now, string by)
    {
        if (ExpiresAt > now)
        {
            throw new InvalidOperationException("The entry has not reached its expiry.");
        }

        Remove(Lists.RemovalReason.Expired, null, ExpiresAt, by);
    }

    public void Suspend()
    {
        if (Status != EntryStatus.Active)
        {
            throw new InvalidOperationException("Only an active entry can be suspended.");
        }

        Status = EntryStatus.Suspended;
    }

    public void Reinstate()
    {
        if (Status != EntryStatus.Suspended)
        {
            throw new InvalidOperationException("Only a suspended entry can be reinstated.");
        }

        Status = EntryStatus.Active;
    }
}
