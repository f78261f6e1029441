using CreditPlatform.Application.Common.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Application.Common.Actors;

/// <summary>
/// The one place that says which person an actor label stands for, so that four eyes and separation of duties bind
/// people whatever mix of sign-in and API keys they use: a key counts as the user who issued it.
/// </summary>
public sealed class PersonResolver(IAppDbContext db, ICurrentActor actor)
{
    private const string KeyPrefix = "key:";

    public static string UserLabel(Guid userId) => $"user:{userId}";

    public static string KeyLabel(Guid keyId) => KeyPrefix + keyId;

    /// <summary>
    /// Every label the person acting records under: their own and those of the keys they issued; a key no person
    /// issued records under its own label only.
    /// </summary>
    public async Task<List<string>> LabelsOfCurrentPersonAsync(CancellationToken ct)
    {
        List<string> labels = [actor.Person];
        if (actor.PersonUserId is { } userId)
        {
            var keys = await db.ApiKeys.AsNoTracking().Where(k => k.IssuedByUserId == userId).Select(k => k.Id).ToListAsync(ct);
            labels.AddRange(keys.Select(KeyLabel));
        }

        return labels;
    }

    /// <summary>The person behind a label recorded on a row ("user:…" stays; "key:…" becomes its issuer, if any).</summary>
    public async Task<string> PersonOfAsync(string label, CancellationToken ct)
    {
        if (!label.StartsWith(KeyPrefix, StringComparison.Ordinal) || !Guid.TryParse(label.AsSpan(KeyPrefix.Length), out var keyId))
        {
            return label;
        }

        var issuer = await db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId).Select(k => k.IssuedByUserId).FirstOrDefaultAsync(ct);
        return issuer is { } userId ? UserLabel(userId) : label;
    }

    /// <summary>True when the person behind <paramref name="recordedBy"/> is the person acting now.</summary>
    public async Task<bool> IsCurrentPersonAsync(string? recordedBy, CancellationToken ct) =>
        recordedBy is not null && string.Equals(await PersonOfAsync(recordedBy, ct), actor.Person, StringComparison.Ordinal);
}
