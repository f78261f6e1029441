using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Domain.Appeals;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Notifications;

/// <summary>A notice with where it goes: the subject's decrypted contact address, and the authority that sends it.</summary>
public sealed record NoticeToSend(Notification Notice, string AuthorityName, string? Email, string? Phone);

/// <summary>
/// Looks up a notice and its recipient for the channels, inside the delivering unit of work. A list entry names
/// no subject, so its notice reaches the subject enrolled here under the same identifier hash.
/// </summary>
public sealed class NoticeRecipients(AppDbContext db, IIdentifierProtector protector)
{
    private readonly Dictionary<Guid, NoticeToSend?> _loaded = [];

    public async Task<NoticeToSend?> LoadAsync(Guid notificationId, CancellationToken ct)
    {
        if (_loaded.TryGetValue(notificationId, out var known))
        {
            return known;
        }

        var notice = await db.Set<Notification>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId, ct);
        NoticeToSend? result = null;
        if (notice is not null)
        {
            var subject = notice.SubjectId is { } subjectId
                ? await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId, ct)
                : notice.IdentifierHash is { } hash
                    ? await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.IdentifierHash == hash, ct)
                    : null;
            var authority = await db.Tenants.AsNoTracking().Where(t => t.Id == notice.TenantId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "";
            result = new NoticeToSend(
                notice,
                authority,
                subject?.EmailCipher is { } email ? protector.Decrypt(email) : null,
                subject?.PhoneCipher is { } phone ? protector.Decrypt(phone) : null);
        }

        _loaded[notificationId] = result;
        return result;
    }
}
