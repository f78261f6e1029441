using CreditPlatform.Application.Common.Abstractions;
using CreditPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreditPlatform.Infrastructure.Identity;

/// <summary>Users read and disabled through the request's own DbContext, so a disabling joins its transaction.</summary>
public sealed class UserDirectory(AppDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        userIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    public Task<UserSummary?> FindAsync(Guid userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new UserSummary(u.Id, u.TenantId, u.DisplayName, u.DisabledAt))
            .FirstOrDefaultAsync(ct);

    public async Task DisableAsync(Guid userId, DateTimeOffset at, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        user.DisabledAt ??= at;

        // Sign-in refuses a locked-out user; a new security stamp ends their cookie at its next validation.
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
    }
}
