using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Subjects;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Scoring.Events;

/// <summary>Finds the subjects of a batch in two queries (by id, by identifier hash), whatever the batch size.</summary>
internal static class SubjectResolver
{
    public readonly record struct SubjectRef(Guid Id, SubjectKind Kind);

    /// <returns>Per item, its enrolled subject, or null when it names none (or was refused already).</returns>
    public static async Task<SubjectRef?[]> ResolveAsync(
        IAppDbContext db, IIdentifierProtector protector, IReadOnlyList<EventInput> items, EventOutcome?[] outcomes, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var itemHash = new string?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            if (items[i].SubjectId is { } id)
            {
                ids.Add(id);
            }
            else
            {
                var hash = protector.Hash(Identifier.Normalize(items[i].Identifier!));
                var key = Convert.ToHexString(hash);
                hashes.TryAdd(key, hash);
                itemHash[i] = key;
            }
        }

        var byId = new Dictionary<Guid, SubjectRef>();
        if (ids.Count > 0)
        {
            var idList = ids.ToList();
            foreach (var s in await db.Subjects.AsNoTracking().Where(s => idList.Contains(s.Id)).Select(s => new { s.Id, s.Kind }).ToListAsync(ct))
            {
                byId[s.Id] = new SubjectRef(s.Id, s.Kind);
            }
        }

        var byHash = new Dictionary<string, SubjectRef>(StringComparer.Ordinal);
        if (hashes.Count > 0)
        {
            var hashList = hashes.Values.ToList();
            foreach (var s in await db.Subjects.AsNoTracking().Where(s => hashList.Contains(s.IdentifierHash))
                         .Select(s => new { s.Id, s.Kind, s.IdentifierHash }).ToListAsync(ct))
            {
                byHash[Convert.ToHexString(s.IdentifierHash)] = new SubjectRef(s.Id, s.Kind);
            }
        }

        var resolved = new SubjectRef?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            var found = items[i].SubjectId is { } id
                ? byId.TryGetValue(id, out var s) ? s : (SubjectRef?)null
                : byHash.TryGetValue(itemHash[i]!, out var h) ? h : null;
            resolved[i] = found;
        }

        return resolved;
    }
}
